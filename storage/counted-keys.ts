/**
 * Counts of fact-checks per key, kept in a table of count rows in step with every write (the
 * facet counts, facets.ts, and the facet pairs, facet-pairs.ts): the count changes that replacing
 * some fact-checks by others makes, applied in the write's transaction, and the same counts taken
 * from scratch (schema upgrades, the benchmarks' seeding, the tests' recount).
 *
 * Invariant: a row's `count` is the number of stored fact-checks whose `keysOf` holds its key;
 * a row whose count falls to 0 is deleted.
 */
import type { Table, Transaction } from 'dexie';
import type { StoredFactCheck } from '../core/model/stored-records';

/** What one table counts: the keys a fact-check counts under (each once), and the row of a key. */
export interface CountedKeys<Key extends string[], Row extends { count: number }> {
  keysOf(row: StoredFactCheck): Key[];
  rowOf(key: Key, count: number): Row;
}

const keyString = (key: readonly string[]) => key.join('\u0000');

/** Counts per key, by the key's string. */
type Tally<Key> = Map<string, { key: Key; count: number }>;

/** Adds `step` to the count of every key of each of `rows`. */
function countKeys<Key extends string[]>(
  tally: Tally<Key>,
  keysOf: (row: StoredFactCheck) => Key[],
  rows: readonly StoredFactCheck[],
  step: number,
): void {
  for (const row of rows) {
    for (const key of keysOf(row)) {
      const entry = tally.get(keyString(key)) ?? { key, count: 0 };
      entry.count += step;
      tally.set(keyString(key), entry);
    }
  }
}

/** The count changes that replacing `removed` by `added` makes, zero changes left out. */
function deltas<Key extends string[]>(
  keysOf: (row: StoredFactCheck) => Key[],
  removed: readonly StoredFactCheck[],
  added: readonly StoredFactCheck[],
): { key: Key; delta: number }[] {
  const changes: Tally<Key> = new Map();
  countKeys(changes, keysOf, removed, -1);
  countKeys(changes, keysOf, added, 1);
  return [...changes.values()]
    .filter(({ count }) => count !== 0)
    .map(({ key, count }) => ({ key, delta: count }));
}

/**
 * Updates `table`'s counts for fact-checks `removed` (as they were stored) being replaced by
 * `added` (as they are now stored). Must run inside the transaction that writes them, with
 * `table` in its scope.
 */
export async function applyCountChanges<Key extends string[], Row extends { count: number }>(
  table: Table<Row, Key>,
  counted: CountedKeys<Key, Row>,
  removed: readonly StoredFactCheck[],
  added: readonly StoredFactCheck[],
): Promise<void> {
  const changes = deltas(counted.keysOf, removed, added);
  if (changes.length === 0) return;
  const current = await table.bulkGet(changes.map(({ key }) => key));
  const put: Row[] = [];
  const drop: Key[] = [];
  changes.forEach(({ key, delta }, i) => {
    const count = (current[i]?.count ?? 0) + delta;
    if (count > 0) put.push(counted.rowOf(key, count));
    else drop.push(key);
  });
  await table.bulkPut(put);
  await table.bulkDelete(drop);
}

/** Counts from scratch: `add` each fact-check, then read the `counts`. */
export function keyCounter<Key extends string[], Row extends { count: number }>(
  counted: CountedKeys<Key, Row>,
): { add(row: StoredFactCheck): void; counts(): Row[] } {
  const counts: Tally<Key> = new Map();
  return {
    add: (row) => countKeys(counts, counted.keysOf, [row], 1),
    counts: () => [...counts.values()].map(({ key, count }) => counted.rowOf(key, count)),
  };
}

/** Counts every stored fact-check into the table `name` anew (the schema upgrade that adds it). */
export async function recountInto<Key extends string[], Row extends { count: number }>(
  tx: Transaction,
  name: string,
  counted: CountedKeys<Key, Row>,
): Promise<void> {
  const counter = keyCounter(counted);
  await tx.table<StoredFactCheck>('factChecks').each((row) => counter.add(row));
  const table = tx.table<Row>(name);
  await table.clear();
  await table.bulkPut(counter.counts());
}
