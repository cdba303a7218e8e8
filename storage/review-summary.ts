/**
 * The review page's summary for a filter: fact-checks per verdict, per site (the busiest ones)
 * and per month. Answered without loading the collection:
 * - no filter: the facet counts kept by every write (facets.ts), a few hundred small rows;
 * - a filter that is one facet (only verdicts, a site or a tag): its facet pairs (facet-pairs.ts),
 *   as few;
 * - a filter matching few fact-checks: those records, tallied;
 * - a filter matching many: each bucket's ids from its index range, intersected with the matches.
 * The timeline ends at the last month with a match, except on that last path, where it is the
 * collection's last months (finding the matches' latest would read them), empty ends left out.
 */
import { Dexie } from 'dexie';
import { monthsBetween, type MonthBucket } from '../core/review/months';
import { type ReviewFilter, VERDICT_KEYS, type VerdictKey, verdictKeyRank } from '../core/review/filter';
import type { StoredFactCheck } from '../core/model/stored-records';
import type { FactmarkTables } from './tables';
import { readFacetPairs, readPairsWith } from './facet-pairs';
import { type Facets, facetSum, facetTotal, readFacets } from './facets';
import { type KeySet, matchingKeys, type OneFacet, oneFacet } from './review-keys';

export interface ReviewSummary {
  total: number;
  /** Every verdict key, in scale order, with its count (zero included). */
  verdicts: { key: VerdictKey; count: number }[];
  /** The sites with the most fact-checks, most first. */
  sites: { site: string; count: number }[];
  /** Consecutive months up to the latest fact-check, oldest first. */
  months: { bucket: MonthBucket; count: number }[];
}

/** Sites shown: enough to see where checks come from, few enough to read at a glance. */
const SUMMARY_SITES = 8;
/** Months shown: two years fit the chart's width with readable bars. */
const SUMMARY_MONTHS = 24;
/**
 * Up to this many matches the records are read and tallied; above, bucket ranges are intersected
 * with the matches (a record costs far more than an id, see review-page-query.ts).
 */
const TALLY_LIMIT = 3_000;

type Counter = (range: { primaryKeys(): Promise<string[]> }) => Promise<number>;

/** Counts per verdict, site and month of the fact-checks matching `filter`. */
export async function reviewSummary(
  db: FactmarkTables,
  filter: ReviewFilter,
  { tallyLimit = TALLY_LIMIT, signal }: { tallyLimit?: number; signal?: AbortSignal } = {},
): Promise<ReviewSummary> {
  return db.transaction('r', db.factChecks, db.claims, db.facets, db.facetPairs, async () => {
    const facet = oneFacet(filter);
    if (facet) return oneFacetSummary(db, await readFacets(db), facet);
    const matches = await matchingKeys(db, filter);
    if (!matches) return fromFacets(await readFacets(db));
    if (matches.size <= tallyLimit) {
      const rows = (await db.factChecks.bulkGet([...matches])).filter((row) => row !== undefined);
      return tally(rows);
    }
    return fromIndexes(db, matches, signal);
  });
}

/** Summary of records in memory. */
export function tally(rows: readonly StoredFactCheck[]): ReviewSummary {
  const verdicts = new Map<number, number>();
  const sites = new Map<string, number>();
  const months = new Map<string, number>();
  for (const row of rows) {
    verdicts.set(row.verdictRank, (verdicts.get(row.verdictRank) ?? 0) + 1);
    sites.set(row.site, (sites.get(row.site) ?? 0) + 1);
    months.set(row.createdAt.slice(0, 7), (months.get(row.createdAt.slice(0, 7)) ?? 0) + 1);
  }
  const created = rows.map((row) => row.createdAt).sort();
  const first = created[0];
  const last = created.at(-1);
  return {
    total: rows.length,
    verdicts: VERDICT_KEYS.map((key) => ({ key, count: verdicts.get(verdictKeyRank(key)) ?? 0 })),
    sites: topSites([...sites].map(([site, count]) => ({ site, count }))),
    months:
      first && last
        ? monthsBetween(first, last, SUMMARY_MONTHS).map((bucket) => ({
            bucket,
            count: months.get(bucket.month) ?? 0,
          }))
        : [],
  };
}

function topSites(sites: { site: string; count: number }[]) {
  return sites
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count || (a.site < b.site ? -1 : 1))
    .slice(0, SUMMARY_SITES);
}

/**
 * Bucket reads issued together: enough to keep IndexedDB busy; between two batches an abandoned
 * summary (the reader changed the filter) stops, instead of holding the database while the
 * page's next query waits behind it.
 */
const BATCH = 16;

/** Runs `tasks` a batch at a time, stopping with the signal's reason once it is aborted. */
async function inBatches<T>(tasks: (() => Promise<T>)[], signal?: AbortSignal): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < tasks.length; i += BATCH) {
    signal?.throwIfAborted();
    results.push(...(await Promise.all(tasks.slice(i, i + BATCH).map((task) => task()))));
  }
  return results;
}

/**
 * The months a summary from counts shows: up to the last month that has any, at most
 * `SUMMARY_MONTHS`, the empty ones at either end left out (as a tally of the records gives).
 */
function monthCounts(counts: ReadonlyMap<string, number>): ReviewSummary['months'] {
  const months = [...counts.keys()].sort();
  const first = months[0];
  const last = months.at(-1);
  const buckets =
    first && last
      ? monthsBetween(`${first}-01T00:00:00.000Z`, `${last}-01T00:00:00.000Z`, SUMMARY_MONTHS)
      : [];
  return trimMonths(buckets.map((bucket) => ({ bucket, count: counts.get(bucket.month) ?? 0 })));
}

const siteCounts = (counts: ReadonlyMap<string, number>) =>
  topSites([...counts].map(([site, count]) => ({ site, count })));

/** The whole collection's summary, from the facet counts. */
function fromFacets(facets: Facets): ReviewSummary {
  return {
    total: facetTotal(facets),
    verdicts: verdictCounts(facets.verdict),
    sites: siteCounts(facets.site),
    months: monthCounts(facets.month),
  };
}

const verdictCounts = (counts: ReadonlyMap<string, number>) =>
  VERDICT_KEYS.map((key) => ({ key, count: counts.get(key) ?? 0 }));

/**
 * The summary of a one-facet filter: its own facet from the facet counts, the others from its
 * facet pairs; a site's (which has no pairs of its own, facet-pairs.ts) from the verdicts' pairs
 * with it and its index range.
 */
async function oneFacetSummary(db: FactmarkTables, facets: Facets, facet: OneFacet): Promise<ReviewSummary> {
  const total = facetSum(facets, facet);
  const own = new Map(facet.values.map((value) => [value, facets[facet.of].get(value) ?? 0]));
  if (facet.of === 'site') {
    // A site filter is one site (oneFacet).
    const site = facet.values[0] ?? '';
    return {
      total,
      verdicts: verdictCounts(await readPairsWith(db, 'verdict', VERDICT_KEYS, ['site', site])),
      sites: siteCounts(own),
      months: await siteMonths(db, site),
    };
  }
  const pairs = await readFacetPairs(db, facet.of, facet.values);
  return {
    total,
    verdicts: verdictCounts(facet.of === 'verdict' ? own : pairs.verdict),
    sites: siteCounts(pairs.site),
    months: monthCounts(pairs.month),
  };
}

/** A site's months, as `monthCounts` gives them, each counted on the `[site+createdAt]` index. */
async function siteMonths(db: FactmarkTables, site: string): Promise<ReviewSummary['months']> {
  const range = (lower: unknown, upper: unknown, includeUpper = true) =>
    db.factChecks.where('[site+createdAt]').between([site, lower], [site, upper], true, includeUpper);
  // The `createdAt` of the first key of a collection over the index, if any.
  const createdAt = async (collection: ReturnType<typeof range>) => {
    const [key] = await collection.limit(1).keys();
    return Array.isArray(key) && typeof key[1] === 'string' ? key[1] : null;
  };
  const first = await createdAt(range(Dexie.minKey, Dexie.maxKey));
  const last = await createdAt(range(Dexie.minKey, Dexie.maxKey).reverse());
  if (!first || !last) return [];
  const buckets = monthsBetween(first, last, SUMMARY_MONTHS);
  const counts = await Promise.all(buckets.map((bucket) => range(bucket.lower, bucket.upper, false).count()));
  return trimMonths(buckets.map((bucket, i) => ({ bucket, count: counts[i] ?? 0 })));
}

/** The summary of the fact-checks in `matches`, from index ranges intersected with them. */
async function fromIndexes(
  db: FactmarkTables,
  matches: KeySet,
  signal?: AbortSignal,
): Promise<ReviewSummary> {
  const table = db.factChecks;
  const count: Counter = async (range) => (await range.primaryKeys()).filter((id) => matches.has(id)).length;
  const [first] = await table.orderBy('createdAt').limit(1).keys();
  const [last] = await table.orderBy('createdAt').reverse().limit(1).keys();
  const buckets =
    typeof first === 'string' && typeof last === 'string' ? monthsBetween(first, last, SUMMARY_MONTHS) : [];
  const siteNames = [...(await readFacets(db)).site.keys()];
  const verdicts = await inBatches(
    VERDICT_KEYS.map((key) => async () => {
      const rank = verdictKeyRank(key);
      const range = table
        .where('[verdictRank+createdAt]')
        .between([rank, Dexie.minKey], [rank, Dexie.maxKey]);
      return { key, count: await count(range) };
    }),
    signal,
  );
  const months = await inBatches(
    buckets.map((bucket) => async () => ({
      bucket,
      count: await count(table.where('createdAt').between(bucket.lower, bucket.upper, true, false)),
    })),
    signal,
  );
  const sites = await inBatches(
    siteNames.map((site) => async () => ({ site, count: await count(table.where('site').equals(site)) })),
    signal,
  );
  return {
    total: matches.size,
    verdicts,
    sites: topSites(sites),
    months: trimMonths(months),
  };
}

/** Drops empty months before the first and after the last one with a fact-check. */
function trimMonths<T extends { count: number }>(months: T[]): T[] {
  const first = months.findIndex((month) => month.count > 0);
  if (first < 0) return [];
  const last = months.findLastIndex((month) => month.count > 0);
  return months.slice(first, last + 1);
}
