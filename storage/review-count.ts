/**
 * How many fact-checks match a review filter, run after the page's rows are shown: from the
 * facet counts (facets.ts) when the filter is one facet, else from index ranges.
 */
import type { ReviewFilter } from '../core/review/filter';
import type { FactmarkTables } from './tables';
import { type Facets, facetSum, facetTotal, readFacets } from './facets';
import { planDriver } from './review-driver';
import { activeParts, matchingKeys, oneFacet } from './review-keys';

/** The count of a filter that is one facet (facets.ts) or none; null when it needs the indexes. */
function facetCount(facets: Facets, filter: ReviewFilter): number | null {
  if (activeParts(filter).length === 0) return facetTotal(facets);
  const facet = oneFacet(filter);
  return facet ? facetSum(facets, facet) : null;
}

/**
 * How many fact-checks match `filter`: from the facet counts when the filter is one facet, else
 * one count when an index range holds exactly them, else the size of the intersected id sets.
 * Those two are slower than a page at scale; run it after.
 */
export async function countReview(db: FactmarkTables, filter: ReviewFilter): Promise<number> {
  return db.transaction('r', db.factChecks, db.claims, db.facets, async () => {
    const counted = facetCount(await readFacets(db), filter);
    if (counted !== null) return counted;
    const driver = planDriver(db, filter, 'verdict');
    if (activeParts(filter).every((part) => driver.answered.has(part))) {
      const counts = await Promise.all(driver.ranges.map((range) => range().count()));
      return counts.reduce((sum, count) => sum + count, 0);
    }
    return (await matchingKeys(db, filter))?.size ?? 0;
  });
}
