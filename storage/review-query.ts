/**
 * One page of the review list, answered from indexes, and (separately) how many fact-checks
 * match. A query is split in two:
 * - the driver: index ranges that yield fact-check ids already in the page's order and answer
 *   some filter parts themselves (a compound `[site+createdAt]` range is both "this site" and
 *   "by date"); see `planDriver`;
 * - the rest: every other active filter part as a set of ids (review-keys.ts), intersected.
 * With no rest, the page is read straight from the driver (`offset` + `limit`). With few
 * candidates (a search, a rare tag) their records are read and sorted in memory; with many, the
 * driver is walked in order and candidates kept until the page is full.
 * Counting is kept out of the page read: IndexedDB counts by walking the range (Chromium takes
 * about as long to count 100,000 entries as to read them), so the page says whether more rows
 * follow and `countReview` runs after the rows are shown.
 */
import type { Collection, InsertType } from 'dexie';
import { createdAtBounds, type ReviewFilter, type ReviewSort, verdictKeyRank } from '../core/review/filter';
import type { StoredArticle, StoredClaim, StoredFactCheck } from '../core/model/stored-records';
import { VERDICTS } from '../core/model/verdict';
import type { FactmarkTables } from './tables';
import { type Facets, facetTotal, readFacets } from './facets';
import { dateRanks } from './date-order';
import { activeParts, createdAtRange, type FilterPart, type KeySet, matchingKeys } from './review-keys';

/** A fact-check as the review list shows it. */
export interface ReviewRow {
  factCheck: StoredFactCheck;
  /** Missing only if the database lost it: the row still shows the fact-check. */
  claim: StoredClaim | null;
  article: StoredArticle | null;
}

export interface ReviewPage {
  rows: ReviewRow[];
  /** Whether rows follow this page. */
  hasMore: boolean;
}

type FactCheckRange = Collection<StoredFactCheck, string, InsertType<StoredFactCheck, 'id'>>;

interface Driver {
  /** Fresh collections (Dexie collections are mutable), in page order; ids ascending in each. */
  ranges: (() => FactCheckRange)[];
  /** Newest first: the ranges read backwards. */
  reverse: boolean;
  /** Filter parts the ranges answer. */
  answered: ReadonlySet<FilterPart>;
}

/**
 * Up to this many candidates, their records are read and sorted in memory (cost: that many
 * records); above, the driver is walked in order (cost: the page size divided by the share of
 * candidates, 2% or more here, so at most about 50 records walked per row shown). A wrong value
 * only costs speed, never correctness.
 */
const SORT_IN_MEMORY_LIMIT = 2_000;

const ALL_RANKS = [...VERDICTS.keys(), VERDICTS.length];

/** The index ranges that produce `sort`'s order while answering as much of `filter` as they can. */
function planDriver(db: FactmarkTables, filter: ReviewFilter, sort: ReviewSort): Driver {
  const table = db.factChecks;
  const { lower, upper } = createdAtRange(filter);
  const site = filter.site;
  const siteDates = (s: string) => () =>
    table.where('[site+createdAt]').between([s, lower], [s, upper], true, true);
  const verdictDates = (rank: number) => () =>
    table.where('[verdictRank+createdAt]').between([rank, lower], [rank, upper], true, true);
  switch (sort) {
    case 'newest':
    case 'oldest': {
      const reverse = sort === 'newest';
      const [only] = filter.verdicts;
      if (site) return { ranges: [siteDates(site)], reverse, answered: new Set(['site', 'dates']) };
      if (only && filter.verdicts.length === 1) {
        return {
          ranges: [verdictDates(verdictKeyRank(only))],
          reverse,
          answered: new Set(['verdicts', 'dates']),
        };
      }
      return {
        ranges: [() => table.where('createdAt').between(lower, upper, true, true)],
        reverse,
        answered: new Set(['dates']),
      };
    }
    case 'verdict': {
      const ranks = filter.verdicts.length > 0 ? filter.verdicts.map(verdictKeyRank) : ALL_RANKS;
      return {
        ranges: [...ranks].sort((a, b) => a - b).map(verdictDates),
        reverse: false,
        answered: new Set(['verdicts', 'dates']),
      };
    }
    case 'site':
      if (site) return { ranges: [siteDates(site)], reverse: false, answered: new Set(['site', 'dates']) };
      return { ranges: [() => table.orderBy('[site+createdAt]')], reverse: false, answered: new Set() };
    case 'article': {
      const index = '[site+articleId+createdAt]';
      if (site) {
        // Every key [site, articleId, createdAt] sorts after [site] and before [site, []] (an
        // array sorts after any string).
        const range = () => table.where(index).between([site], [site, []], true, true);
        return { ranges: [range], reverse: false, answered: new Set(['site']) };
      }
      return { ranges: [() => table.orderBy(index)], reverse: false, answered: new Set() };
    }
  }
}

/** The order of `sort` on records, the same as the driver's index order (ties by id). */
export function compareRows(sort: ReviewSort): (a: StoredFactCheck, b: StoredFactCheck) => number {
  const by =
    (...keys: ((row: StoredFactCheck) => string | number)[]) =>
    (a: StoredFactCheck, b: StoredFactCheck) => {
      for (const key of [...keys, (row: StoredFactCheck) => row.id]) {
        const [x, y] = [key(a), key(b)];
        if (x !== y) return x < y ? -1 : 1;
      }
      return 0;
    };
  switch (sort) {
    case 'newest': {
      const oldest = by((row) => row.createdAt);
      return (a, b) => oldest(b, a);
    }
    case 'oldest':
      return by((row) => row.createdAt);
    case 'verdict':
      return by(
        (row) => row.verdictRank,
        (row) => row.createdAt,
      );
    case 'site':
      return by(
        (row) => row.site,
        (row) => row.createdAt,
      );
    case 'article':
      return by(
        (row) => row.site,
        (row) => row.articleId,
        (row) => row.createdAt,
      );
  }
}

/** Whether a record passes the parts a driver answers (verdicts, site, days). */
function passesDriverParts(filter: ReviewFilter): (row: StoredFactCheck) => boolean {
  const ranks = new Set(filter.verdicts.map(verdictKeyRank));
  const { lower, upper } = createdAtBounds(filter);
  return (row) =>
    (ranks.size === 0 || ranks.has(row.verdictRank)) &&
    (!filter.site || row.site === filter.site) &&
    (!lower || row.createdAt >= lower) &&
    (!upper || row.createdAt <= upper);
}

/** Rows `offset`.. of the driver's ranges in order, `limit` of them at most. */
async function readRanges(
  driver: Driver,
  offset: number,
  limit: number,
  keep?: (row: StoredFactCheck) => boolean,
): Promise<StoredFactCheck[]> {
  const ordered = driver.reverse ? [...driver.ranges].reverse() : driver.ranges;
  const rows: StoredFactCheck[] = [];
  let skip = offset;
  for (const range of ordered) {
    if (rows.length >= limit) break;
    const collection = () => {
      const read = driver.reverse ? range().reverse() : range();
      return keep ? read.filter(keep) : read;
    };
    const found = await collection()
      .offset(skip)
      .limit(limit - rows.length)
      .toArray();
    rows.push(...found);
    // Only when a range ends before the page starts does its size matter; counting walks it.
    if (found.length === 0 && skip > 0) skip -= await collection().count();
    else skip = 0;
  }
  return rows;
}

/** Candidates' records, read, kept if they pass the driver's parts, sorted, then sliced. */
async function readAndSort(
  db: FactmarkTables,
  filter: ReviewFilter,
  sort: ReviewSort,
  candidates: KeySet,
  offset: number,
  limit: number,
): Promise<StoredFactCheck[]> {
  const passes = passesDriverParts(filter);
  const rows = (await db.factChecks.bulkGet([...candidates])).filter(
    (row): row is StoredFactCheck => row !== undefined && passes(row),
  );
  return rows.sort(compareRows(sort)).slice(offset, offset + limit);
}

/**
 * A page of candidates in date order from the loaded date order (date-order.ts), reading only the
 * page's records. Null when it cannot answer: another order, a filter part the candidates do not
 * cover (the driver was to answer it), an id the order does not hold, or a record gone.
 */
async function byDateOrder(
  db: FactmarkTables,
  filter: ReviewFilter,
  sort: ReviewSort,
  driver: Driver,
  candidates: KeySet,
  offset: number,
  limit: number,
): Promise<StoredFactCheck[] | null> {
  if (sort !== 'newest' && sort !== 'oldest') return null;
  if (activeParts(filter).some((part) => driver.answered.has(part))) return null;
  const ranks = dateRanks(db, candidates);
  if (!ranks) return null;
  const direction = sort === 'newest' ? -1 : 1;
  const ids = [...candidates]
    .sort((a, b) => direction * ((ranks.get(a) as number) - (ranks.get(b) as number)))
    .slice(offset, offset + limit);
  const rows = await db.factChecks.bulkGet(ids);
  return rows.every((row) => row !== undefined) ? rows : null;
}

/** One page of fact-checks for `filter` in `sort` order, with their claims and articles. */
export async function queryReview(
  db: FactmarkTables,
  filter: ReviewFilter,
  sort: ReviewSort,
  {
    offset,
    limit,
    sortInMemoryLimit = SORT_IN_MEMORY_LIMIT,
  }: { offset: number; limit: number; sortInMemoryLimit?: number },
): Promise<ReviewPage> {
  return db.transaction('r', db.factChecks, db.claims, db.articles, async () => {
    const driver = planDriver(db, filter, sort);
    const candidates = await matchingKeys(db, filter, driver.answered);
    let factChecks: StoredFactCheck[];
    if (candidates === null) {
      factChecks = await readRanges(driver, offset, limit + 1);
    } else if (candidates.size <= sortInMemoryLimit) {
      factChecks =
        (await byDateOrder(db, filter, sort, driver, candidates, offset, limit + 1)) ??
        (await readAndSort(db, filter, sort, candidates, offset, limit + 1));
    } else {
      factChecks = await readRanges(driver, offset, limit + 1, (row) => candidates.has(row.id));
    }
    return { rows: await withRecords(db, factChecks.slice(0, limit)), hasMore: factChecks.length > limit };
  });
}

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

/** Joins each fact-check with its claim and article. */
async function withRecords(db: FactmarkTables, factChecks: StoredFactCheck[]): Promise<ReviewRow[]> {
  const [claims, articles] = await Promise.all([
    db.claims.bulkGet(factChecks.map((row) => row.claimId)),
    db.articles.bulkGet(factChecks.map((row) => row.articleId)),
  ]);
  return factChecks.map((factCheck, i) => ({
    factCheck,
    claim: claims[i] ?? null,
    article: articles[i] ?? null,
  }));
}

/** Page size when walking a whole view for an export: big enough to need few transactions. */
const EXPORT_PAGE = 1_000;

/**
 * Ids of every fact-check matching `filter`, newest first: what "export the fact-checks shown"
 * exports (all pages of the view, not only the one on screen). Walks the view page by page with
 * `queryReview`, so it answers from the same indexes.
 */
export async function matchingFactCheckIds(db: FactmarkTables, filter: ReviewFilter): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += EXPORT_PAGE) {
    const page = await queryReview(db, filter, 'newest', { offset, limit: EXPORT_PAGE });
    ids.push(...page.rows.map((row) => row.factCheck.id));
    if (!page.hasMore) return ids;
  }
}
