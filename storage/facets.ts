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

const keyString = ([kind, value]: FacetKey) => `${kind}\u0000${value}`;

/** The count changes that replacing `removed` by `added` makes. */
function deltas(removed: readonly StoredFactCheck[], added: readonly StoredFactCheck[]) {
  const changes = new Map<string, { key: FacetKey; delta: number }>();
  const add = (rows: readonly StoredFactCheck[], sign: number) => {
    for (const row of rows) {
      for (const key of facetsOf(row)) {
        const entry = changes.get(keyString(key)) ?? { key, delta: 0 };
        entry.delta += sign;
        changes.set(keyString(key), entry);
      }
    }
  };
  add(removed, -1);
  add(added, 1);
  return [...changes.values()].filter(({ delta }) => delta !== 0);
}

/**
 * Updates the counts for fact-checks `removed` (as they were stored) being replaced by `added`
 * (as they are now stored). Must run inside the transaction that writes them, with `facets` in
 * its scope.
 */
export async function applyFacetChanges(
  db: FactmarkTables,
  removed: readonly StoredFactCheck[],
  added: readonly StoredFactCheck[],
): Promise<void> {
  const changes = deltas(removed, added);
  if (changes.length === 0) return;
  const current = await db.facets.bulkGet(changes.map(({ key }) => key));
  const put: FacetCount[] = [];
  const drop: FacetKey[] = [];
  changes.forEach(({ key, delta }, i) => {
    const count = (current[i]?.count ?? 0) + delta;
    if (count > 0) put.push({ kind: key[0], value: key[1], count });
    else drop.push(key);
  });
  await db.facets.bulkPut(put);
  await db.facets.bulkDelete(drop);
}

/** Counts facets from scratch: `add` each fact-check, then read the `counts`. */
export function facetCounter(): { add(row: StoredFactCheck): void; counts(): FacetCount[] } {
  const counts = new Map<string, FacetCount>();
  return {
    add(row) {
      for (const key of facetsOf(row)) {
        const entry = counts.get(keyString(key)) ?? { kind: key[0], value: key[1], count: 0 };
        entry.count++;
        counts.set(keyString(key), entry);
      }
    },
    counts: () => [...counts.values()],
  };
}

/** Counts every facet from the stored fact-checks (the schema upgrade that adds the table). */
export async function recountFacets(tx: Transaction): Promise<void> {
  const counter = facetCounter();
  await tx.table<StoredFactCheck>('factChecks').each((row) => counter.add(row));
  const table = tx.table<FacetCount>('facets');
  await table.clear();
  await table.bulkPut(counter.counts());
}

/** How many fact-checks there are: each has exactly one verdict facet. */
export function facetTotal(facets: Facets): number {
  let total = 0;
  for (const count of facets.verdict.values()) total += count;
  return total;
}

/** Every facet count. */
export async function readFacets(db: FactmarkTables): Promise<Facets> {
  const facets: Facets = { verdict: new Map(), site: new Map(), tag: new Map(), month: new Map() };
  for (const { kind, value, count } of await db.facets.toArray()) facets[kind].set(value, count);
  return facets;
}
