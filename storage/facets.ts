/**
 * How many fact-checks carry each verdict, site, tag and month, kept in the `facets` table in
 * step with every write (fact-check-rows.ts is the only writer of fact-checks, and calls
 * `applyFacetChanges` in the same transaction). The review page reads a few hundred small rows
 * instead of walking indexes: at 100,000 fact-checks, listing a multi-entry or site index's
 * distinct keys takes Chromium most of a second, and counting one range a good part of that,
 * which would otherwise run on every page load (the filter choices) and unfiltered summary
 * (`npm run bench:review`).
 *
 * Invariant: for every kind and value, `count` is the number of stored fact-checks with that
 * facet (a fact-check counts once per distinct tag); rows with a count of 0 are deleted.
 */
import type { Transaction } from 'dexie';
import type { FacetCount, FacetKey, FacetKind } from '../core/model/derived-rows';
import type { StoredFactCheck } from '../core/model/stored-records';
import type { FactmarkTables } from './tables';
import { applyCountChanges, type CountedKeys, keyCounter, recountInto } from './counted-keys';

/** Every facet count, by kind. */
export type Facets = Record<FacetKind, Map<string, number>>;

/** The facets one fact-check counts in. */
export function facetsOf(row: StoredFactCheck): FacetKey[] {
  return [
    ['verdict', row.verdict ?? 'none'],
    ['site', row.site],
    ['month', row.createdAt.slice(0, 7)],
    ...[...new Set(row.tags)].map((tag): FacetKey => ['tag', tag]),
  ];
}

/** The facet counts as counted keys (counted-keys.ts). */
const FACETS: CountedKeys<FacetKey, FacetCount> = {
  keysOf: facetsOf,
  rowOf: ([kind, value], count) => ({ kind, value, count }),
};

/**
 * Updates the counts for fact-checks `removed` (as they were stored) being replaced by `added`
 * (as they are now stored). Must run inside the transaction that writes them, with `facets` in
 * its scope.
 */
export function applyFacetChanges(
  db: FactmarkTables,
  removed: readonly StoredFactCheck[],
  added: readonly StoredFactCheck[],
): Promise<void> {
  return applyCountChanges(db.facets, FACETS, removed, added);
}

/** Counts facets from scratch: `add` each fact-check, then read the `counts`. */
export function facetCounter(): { add(row: StoredFactCheck): void; counts(): FacetCount[] } {
  return keyCounter(FACETS);
}

/** Counts every facet from the stored fact-checks (the schema upgrade that adds the table). */
export function recountFacets(tx: Transaction): Promise<void> {
  return recountInto(tx, 'facets', FACETS);
}

/** How many fact-checks there are: each has exactly one verdict facet. */
export function facetTotal(facets: Facets): number {
  let total = 0;
  for (const count of facets.verdict.values()) total += count;
  return total;
}

/** How many fact-checks have any of a facet's `values` (distinct): each has one verdict and one site. */
export function facetSum(
  facets: Facets,
  { of, values }: { of: FacetKind; values: readonly string[] },
): number {
  return values.reduce((total, value) => total + (facets[of].get(value) ?? 0), 0);
}

/** Every facet count. */
export async function readFacets(db: FactmarkTables): Promise<Facets> {
  const facets: Facets = { verdict: new Map(), site: new Map(), tag: new Map(), month: new Map() };
  for (const { kind, value, count } of await db.facets.toArray()) facets[kind].set(value, count);
  return facets;
}
