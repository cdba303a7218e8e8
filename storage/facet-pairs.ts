/**
 * For each verdict, site and tag, how many of its fact-checks have each verdict, site and month:
 * the `facetPairs` table, kept in step with every write like the facet counts (fact-check-rows.ts
 * calls `applyFacetPairChanges` in the same transaction). A filter that is one facet (only
 * verdicts, only a site, only a tag) gets its summary charts from a few hundred of these rows,
 * where the index ranges intersected with its matches read every id of the collection several
 * times over, while every other review tab's queries wait behind them in IndexedDB (the verdict
 * filter's charts in `npm run bench:review`).
 *
 * Invariant: a row (of, ofValue, kind, value) counts the stored fact-checks that have both facets
 * (facets.ts: a fact-check counts once per distinct tag); the two kinds differ; rows with a count
 * of 0 are deleted.
 */
import { Dexie, type Transaction } from 'dexie';
import type { FacetKey, FacetPair, FacetPairKey, PairKind, PairOf } from '../core/model/derived-rows';
import type { StoredFactCheck } from '../core/model/stored-records';
import { applyCountChanges, type CountedKeys, keyCounter, recountInto } from './counted-keys';
import { facetsOf } from './facets';
import type { FactmarkTables } from './tables';

const isPairOf = (key: FacetKey): key is [PairOf, string] => key[0] !== 'month';
const isPairKind = (key: FacetKey): key is [PairKind, string] => key[0] !== 'tag';

/** The pairs one fact-check counts in: each filter facet with each charted facet of another kind. */
export function facetPairsOf(row: StoredFactCheck): FacetPairKey[] {
  const facets = facetsOf(row);
  return facets.filter(isPairOf).flatMap(([of, ofValue]) =>
    facets
      .filter(isPairKind)
      .filter(([kind]) => kind !== of)
      .map(([kind, value]): FacetPairKey => [of, ofValue, kind, value]),
  );
}

const PAIRS: CountedKeys<FacetPairKey, FacetPair> = {
  keysOf: facetPairsOf,
  rowOf: ([of, ofValue, kind, value], count) => ({ of, ofValue, kind, value, count }),
};

/**
 * Updates the pairs for fact-checks `removed` (as they were stored) being replaced by `added`
 * (as they are now stored). Must run inside the transaction that writes them, with `facetPairs`
 * in its scope.
 */
export function applyFacetPairChanges(
  db: FactmarkTables,
  removed: readonly StoredFactCheck[],
  added: readonly StoredFactCheck[],
): Promise<void> {
  return applyCountChanges(db.facetPairs, PAIRS, removed, added);
}

/** Counts pairs from scratch: `add` each fact-check, then read the `counts`. */
export function facetPairCounter(): { add(row: StoredFactCheck): void; counts(): FacetPair[] } {
  return keyCounter(PAIRS);
}

/** Counts every pair from the stored fact-checks (the schema upgrade that adds the table). */
export function recountFacetPairs(tx: Transaction): Promise<void> {
  return recountInto(tx, 'facetPairs', PAIRS);
}

/** The charted facets of the fact-checks that have any of `values` of facet `of`, summed. */
export type PairCounts = Record<PairKind, Map<string, number>>;

/** Reads the pairs of `of` with each of `values` (distinct), summed by charted facet. */
export async function readFacetPairs(
  db: FactmarkTables,
  of: PairOf,
  values: readonly string[],
): Promise<PairCounts> {
  const counts: PairCounts = { verdict: new Map(), site: new Map(), month: new Map() };
  const ranges = await Promise.all(
    values.map((value) =>
      db.facetPairs
        .where('[of+ofValue+kind+value]')
        // A key's prefix sorts before the key: from [of, value] to [of, value, the greatest key].
        .between([of, value], [of, value, Dexie.maxKey])
        .toArray(),
    ),
  );
  for (const { kind, value, count } of ranges.flat()) {
    counts[kind].set(value, (counts[kind].get(value) ?? 0) + count);
  }
  return counts;
}
