/**
 * How many fact-checks match a review filter, run after the page's rows are shown: from the
 * facet counts (facets.ts) when the filter is one facet, else from index ranges.
 */
import type { ReviewFilter } from '../core/review/filter';
import type { FactmarkTables } from './tables';
import { type Facets, facetTotal, readFacets } from './facets';
import { planDriver } from './review-driver';
import { activeParts, matchingKeys } from './review-keys';

/**
 * The count of a filter that is one facet (facets.ts) or none: no filter, only verdicts, only a
 * site, only a tag. Null when the filter needs the indexes.
 */
function facetCount(facets: Facets, filter: ReviewFilter): number | null {
  const parts = activeParts(filter);
  const sum = (counts: Map<string, number>, keys: readonly string[]) =>
    keys.reduce((total, key) => total + (counts.get(key) ?? 0), 0);
  if (parts.length === 0) return facetTotal(facets);
  if (parts.length > 1) return null;
  if (parts[0] === 'verdicts') return sum(facets.verdict, filter.verdicts);
  if (parts[0] === 'site' && filter.site) return facets.site.get(filter.site) ?? 0;
  if (parts[0] === 'tag' && filter.tag) return facets.tag.get(filter.tag) ?? 0;
  return null;
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
