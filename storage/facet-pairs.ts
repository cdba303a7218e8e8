/**
 * For each verdict, how many of its fact-checks have each site and month, and for each tag, each
 * verdict, site and month: the `facetPairs` table, kept in step with every write like the facet
 * counts (fact-check-rows.ts calls `applyFacetPairChanges` in the same transaction). A filter
 * that is one facet (only verdicts, only a site, only a tag) gets its summary charts from a few
 * hundred of these rows,
 * where the index ranges intersected with its matches read every id of the collection several
 * times over, while every other review tab's queries wait behind them in IndexedDB (the verdict
 * filter's charts in `npm run bench:review`).
 *
 * A site's own pairs are not kept: they were half of the pairs an import writes (sites with
 * months are many), and they are found otherwise: a site's verdicts are the verdicts' pairs with
 * it (`readPairsWith`), and its months one count each on the `[site+createdAt]` index
 * (review-summary.ts), a range the size of the site's fact-checks.
 *
 * Invariant: a row (of, ofValue, kind, value) counts the stored fact-checks that have both facets
 * (facets.ts: a fact-check counts once per distinct tag); `kind` is one of `PAIRED[of]`; rows with
 * a count of 0 are deleted.
 */
import { Dexie, type Transaction } from 'dexie';
import type {
  FacetKey,
  FacetKind,
  FacetPair,
  FacetPairKey,
  PairKind,
  PairOf,
} from '../core/model/derived-rows';
import type { StoredFactCheck } from '../core/model/stored-records';
import { applyCountChanges, type CountedKeys, keyCounter, recountInto } from './counted-keys';
import { facetsOf } from './facets';
import type { FactmarkTables } from './tables';

/** The charted facets each kept facet is paired with. */
const PAIRED: Record<PairOf, readonly PairKind[]> = {
  verdict: ['site', 'month'],
  tag: ['verdict', 'site', 'month'],
};

const isPairOf = (key: FacetKey): key is [PairOf, string] => key[0] === 'verdict' || key[0] === 'tag';
const pairedWith =
  (of: PairOf) =>
  (key: FacetKey): key is [PairKind, string] =>
    (PAIRED[of] as readonly FacetKind[]).includes(key[0]);

/** The pairs one fact-check counts in: its verdict and each of its tags with their paired facets. */
export function facetPairsOf(row: StoredFactCheck): FacetPairKey[] {
  const facets = facetsOf(row);
  return facets
    .filter(isPairOf)
    .flatMap(([of, ofValue]) =>
      facets.filter(pairedWith(of)).map(([kind, value]): FacetPairKey => [of, ofValue, kind, value]),
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

/** For each of `ofValues` of facet `of`, how many of its fact-checks have `kind` = `value`. */
export async function readPairsWith(
  db: FactmarkTables,
  of: PairOf,
  ofValues: readonly string[],
  [kind, value]: [PairKind, string],
): Promise<Map<string, number>> {
  const rows = await db.facetPairs.bulkGet(
    ofValues.map((ofValue): FacetPairKey => [of, ofValue, kind, value]),
  );
  return new Map(rows.flatMap((row) => (row ? [[row.ofValue, row.count] as const] : [])));
}
