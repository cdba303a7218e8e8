/**
 * One page of the review list, answered from indexes. A query is split in two:
 * - the driver: index ranges that yield fact-check ids already in the page's order and answer
 *   some filter parts themselves (review-driver.ts);
 * - the rest: every other active filter part as a set of ids (review-keys.ts), intersected.
 * With no rest, the page is read straight from the driver (`offset` + `limit`). With few
 * candidates (a search, a rare tag) their records are read and sorted in memory, in date order
 * from the date order the caller passes (date-order.ts) when it has one; with many, the driver is
 * walked in order and candidates kept until the page is full.
 * Counting is kept out of the page read (review-count.ts): IndexedDB counts by walking the range
 * (Chromium takes about as long to count 100,000 entries as to read them), so the page says
 * whether more rows follow and the count runs after the rows are shown.
 */
import { createdAtBounds, type ReviewFilter, type ReviewSort, verdictKeyRank } from '../core/review/filter';
import type { StoredArticle, StoredClaim, StoredFactCheck } from '../core/model/stored-records';
import type { FactmarkTables } from './tables';
import { type DateOrder, dateRanks } from './date-order';
import { type Driver, planDriver } from './review-driver';
import { activeParts, type KeySet, matchingKeys } from './review-keys';

/** A fact-check as the review list shows it. */
export interface ReviewRowData {
  factCheck: StoredFactCheck;
  /** Missing only if the database lost it: the row still shows the fact-check. */
  claim: StoredClaim | null;
  article: StoredArticle | null;
}

/** One page of the review list. */
export interface ReviewPageResult {
  rows: ReviewRowData[];
  /** Whether rows follow this page. */
  hasMore: boolean;
}

/**
 * Up to this many candidates, their records are read and sorted in memory (cost: that many
 * records); above, the driver is walked in order (cost: the page size divided by the share of
 * candidates, 2% or more here, so at most about 50 records walked per row shown). A wrong value
 * only costs speed, never correctness.
 */
const SORT_IN_MEMORY_LIMIT = 2_000;

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
 * A page of candidates in date order from `order` (date-order.ts), reading only the page's
 * records. Null when it cannot answer: another order, a filter part the candidates do not
 * cover (the driver was to answer it), an id the order does not hold, or a record gone.
 */
async function byDateOrder(
  db: FactmarkTables,
  filter: ReviewFilter,
  sort: ReviewSort,
  driver: Driver,
  order: DateOrder | undefined,
  candidates: KeySet,
  offset: number,
  limit: number,
): Promise<StoredFactCheck[] | null> {
  if (sort !== 'newest' && sort !== 'oldest') return null;
  if (!order || activeParts(filter).some((part) => driver.answered.has(part))) return null;
  const ranks = dateRanks(order, candidates);
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
    dateOrder,
  }: {
    offset: number;
    limit: number;
    sortInMemoryLimit?: number;
    /** Puts a search's matches in date order without reading them; without it, they are read. */
    dateOrder?: DateOrder;
  },
): Promise<ReviewPageResult> {
  return db.transaction('r', db.factChecks, db.claims, db.articles, async () => {
    const driver = planDriver(db, filter, sort);
    const candidates = await matchingKeys(db, filter, driver.answered);
    let factChecks: StoredFactCheck[];
    if (candidates === null) {
      factChecks = await readRanges(driver, offset, limit + 1);
    } else if (candidates.size <= sortInMemoryLimit) {
      factChecks =
        (await byDateOrder(db, filter, sort, driver, dateOrder, candidates, offset, limit + 1)) ??
        (await readAndSort(db, filter, sort, candidates, offset, limit + 1));
    } else {
      factChecks = await readRanges(driver, offset, limit + 1, (row) => candidates.has(row.id));
    }
    return { rows: await withRecords(db, factChecks.slice(0, limit)), hasMore: factChecks.length > limit };
  });
}

/** Joins each fact-check with its claim and article. */
async function withRecords(db: FactmarkTables, factChecks: StoredFactCheck[]): Promise<ReviewRowData[]> {
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
