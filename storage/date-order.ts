/**
 * Every fact-check id's place in date order (`createdAt`, then id: the `createdAt` index's own
 * order), so a search's candidates can be put in date order without reading their records. A
 * search matching 500 of 100,000 fact-checks then reads the 26 it shows instead of all 500.
 *
 * The order is kept in the `dateOrder` table, one row per month, in step with every write
 * (fact-check-rows.ts calls `applyDateOrderChanges` in the writing transaction), so the review
 * page reads it in one go (`readDateOrder`) once its first rows are shown and passes it to each
 * page query, about ten times faster at 100,000
 * fact-checks than walking the `createdAt` index, and a search typed meanwhile no longer reads
 * every match while competing with that walk (`npm run bench:review` measures both).
 *
 * Invariant: the rows' keys, months in order, are exactly the stored fact-checks' `dateKey`s,
 * sorted; a month without fact-checks has no row.
 */
import type { Transaction } from 'dexie';
import type { DateOrderMonth } from '../core/model/derived-rows';
import type { StoredFactCheck } from '../core/model/stored-records';
import type { FactmarkTables } from './tables';

/**
 * A fact-check's place in date order as one string: `createdAt`, NUL, id. Strings compare code
 * unit by code unit, and NUL is below any character of a date or an id, so these keys sort
 * exactly as the `createdAt` index orders its entries (the date, then the id).
 */
export function dateKey(row: Pick<StoredFactCheck, 'createdAt' | 'id'>): string {
  return `${row.createdAt}\u0000${row.id}`;
}

const monthOf = (key: string) => key.slice(0, 7);
/** The fact-check id a `dateKey` ends with. */
export const idOfDateKey = (key: string) => key.slice(key.indexOf('\u0000') + 1);

/** Where `key` is or would go in the sorted `keys`. */
function position(keys: readonly string[], key: string): number {
  let [low, high] = [0, keys.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((keys[middle] as string) < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Updates the order for fact-checks `removed` (as they were stored) being replaced by `added`
 * (as they are now stored). Must run inside the transaction that writes them, with `dateOrder`
 * in its scope. An edit keeps its key and costs nothing.
 */
export async function applyDateOrderChanges(
  db: FactmarkTables,
  removed: readonly StoredFactCheck[],
  added: readonly StoredFactCheck[],
): Promise<void> {
  const before = new Set(removed.map(dateKey));
  const after = new Set(added.map(dateKey));
  const drop = [...before].filter((key) => !after.has(key));
  const insert = [...after].filter((key) => !before.has(key));
  if (drop.length === 0 && insert.length === 0) return;
  const months = [...new Set([...drop, ...insert].map(monthOf))];
  const rows = await db.dateOrder.bulkGet(months);
  const byMonth = new Map(months.map((month, i) => [month, rows[i]?.keys ?? []]));
  for (const key of drop) {
    const keys = byMonth.get(monthOf(key)) as string[];
    const at = position(keys, key);
    if (keys[at] === key) keys.splice(at, 1);
  }
  for (const key of insert) {
    const keys = byMonth.get(monthOf(key)) as string[];
    const at = position(keys, key);
    if (keys[at] !== key) keys.splice(at, 0, key);
  }
  const entries = [...byMonth];
  await db.dateOrder.bulkPut(
    entries.filter(([, keys]) => keys.length > 0).map(([month, keys]) => ({ month, keys })),
  );
  await db.dateOrder.bulkDelete(entries.filter(([, keys]) => keys.length === 0).map(([month]) => month));
}

/** The order of `rows` from scratch, a row per month. */
export function dateOrderMonths(rows: Iterable<Pick<StoredFactCheck, 'createdAt' | 'id'>>): DateOrderMonth[] {
  const byMonth = new Map<string, string[]>();
  for (const row of rows) {
    const key = dateKey(row);
    const keys = byMonth.get(monthOf(key)) ?? [];
    keys.push(key);
    byMonth.set(monthOf(key), keys);
  }
  return [...byMonth].map(([month, keys]) => ({ month, keys: keys.sort() }));
}

/**
 * Builds the order from the stored fact-checks (the schema upgrade that adds the table), from
 * the `createdAt` index's keys alone: no record is read.
 */
export async function rebuildDateOrder(tx: Transaction): Promise<void> {
  const rows: Pick<StoredFactCheck, 'createdAt' | 'id'>[] = [];
  await tx
    .table<StoredFactCheck, string>('factChecks')
    .orderBy('createdAt')
    .eachKey((createdAt, cursor) =>
      rows.push({ createdAt: String(createdAt), id: String(cursor.primaryKey) }),
    );
  const table = tx.table<DateOrderMonth>('dateOrder');
  await table.clear();
  await table.bulkPut(dateOrderMonths(rows));
}

/**
 * Every fact-check id's place in date order, as read at one moment: the review page reads it
 * once its first rows are shown and hands it to each page query (review-page-query.ts). Places
 * only compare: they are increasing, not consecutive.
 */
export type DateOrder = ReadonlyMap<string, number>;

/** Places per month: a month's places start here times its rank among the months (2^26, 67 million). */
const MONTH_STRIDE = 2 ** 26;

/**
 * Reads the date order of every fact-check of `db`: a request per month, all in one transaction
 * (so one moment), each month's ids placed as its row arrives. Read in one request, the 100,000
 * keys of a large collection were deserialised and placed in one main-thread task of 100 ms or
 * more, which a review tab opened meanwhile (extension pages share their main thread) waited for.
 */
export async function readDateOrder(db: FactmarkTables): Promise<DateOrder> {
  const order = new Map<string, number>();
  await db.transaction('r', db.dateOrder, async () => {
    // Keys come in order: months ascending.
    const months = (await db.dateOrder.toCollection().primaryKeys()) as string[];
    await Promise.all(
      months.map(async (month, rank) => {
        const row = await db.dateOrder.get(month);
        for (const [i, key] of (row?.keys ?? []).entries()) {
          order.set(idOfDateKey(key), rank * MONTH_STRIDE + i);
        }
      }),
    );
  });
  return order;
}

/** Each of `ids` with its place in `order`; null unless the order holds them all. */
export function dateRanks(order: DateOrder, ids: Iterable<string>): Map<string, number> | null {
  const ranks = new Map<string, number>();
  for (const id of ids) {
    const rank = order.get(id);
    if (rank === undefined) return null;
    ranks.set(id, rank);
  }
  return ranks;
}
