/**
 * Inside a live query: one small read of each table, which Dexie records as a read of the whole
 * table, so that any write to one of them re-runs the query. For a query whose real reads run
 * unwatched (components/hooks/unwatched.ts) because recording them costs more than re-running.
 */
import type { Table } from 'dexie';

export async function watchWrites(tables: readonly Table[]): Promise<void> {
  await Promise.all(tables.map((table) => table.limit(1).toArray()));
}
