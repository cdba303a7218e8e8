/**
 * Desk sync's local change log: the ids of the articles, claims and fact-checks written since the
 * sync last sent its changes, so a sync reads those rows only, not every row (with 10,000
 * fact-checks on the desk, reading them all made each sync take seconds). A Dexie middleware
 * logs every write of those tables in the write's own transaction, whoever makes it, so no write
 * path can forget: a logged id is a candidate, which the sync still compares with its sync mark
 * (sync-marks.ts). An entry is cleared only if it was not logged again while the sync ran (its
 * stamp is unchanged). `FULL_SCAN` asks for one sync that reads every row: written when the log
 * starts on a database that already holds records, and when a write cannot name its rows (a
 * range delete).
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, Middleware } from 'dexie';
import type { LoggedTable, OutboxEntry } from '../core/model/derived-rows';
import type { FactmarkTables } from './tables';

const OUTBOX_TABLE = 'syncOutbox';
export const FULL_SCAN = '*';
const LOGGED = new Set<string>(['articles', 'claims', 'factChecks'] satisfies LoggedTable[]);

export function fullScanEntry(): OutboxEntry {
  return { id: FULL_SCAN, table: 'all', stamp: crypto.randomUUID() };
}

/** The ids a write touched, or null when it cannot say (a range delete). */
function writtenIds(req: DBCoreMutateRequest, res: DBCoreMutateResponse): string[] | null {
  if (req.type === 'deleteRange') return null;
  if (req.type === 'delete') return req.keys;
  const ids = [
    ...(req.keys ?? []),
    ...(res.results ?? []),
    ...(req.type === 'put' ? (req.updates?.keys ?? []) : []),
    ...req.values.map((value) => (value as { id?: unknown } | undefined)?.id),
  ];
  if (req.type === 'put' && req.criteria && ids.length === 0) return null;
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}

function loggingTable(table: DBCoreTable, outbox: DBCoreTable): DBCoreTable {
  return {
    ...table,
    async mutate(req) {
      const res = await table.mutate(req);
      // Upgrades older than the log write before its table exists; the upgrade that creates it
      // asks for a full scan instead.
      if (!(req.trans as unknown as IDBTransaction).objectStoreNames.contains(OUTBOX_TABLE)) return res;
      const ids = writtenIds(req, res);
      const stamp = crypto.randomUUID();
      const values: OutboxEntry[] =
        ids === null ? [fullScanEntry()] : ids.map((id) => ({ id, table: table.name as LoggedTable, stamp }));
      if (values.length > 0) await outbox.mutate({ type: 'put', trans: req.trans, values });
      return res;
    },
  };
}

/** Logs every write of articles, claims and fact-checks into the outbox, in the same transaction. */
export const syncOutboxMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'factmark-sync-outbox',
  create(down) {
    const hasOutbox = down.schema.tables.some((table) => table.name === OUTBOX_TABLE);
    if (!hasOutbox) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const logged = mode === 'readwrite' && stores.some((store) => LOGGED.has(store));
        const scope = logged && !stores.includes(OUTBOX_TABLE) ? [...stores, OUTBOX_TABLE] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return LOGGED.has(name) ? loggingTable(table, down.table(OUTBOX_TABLE)) : table;
      },
    };
  },
};

/** Every entry of the log. */
export function readOutbox(db: FactmarkTables): Promise<OutboxEntry[]> {
  return db.syncOutbox.toArray();
}

/**
 * Clears the entries the sync has sent, keeping those written again since it read them, and logs
 * `resend`: records the sync found but could not send (a full scan's), for the next one.
 */
export async function clearOutbox(
  db: FactmarkTables,
  sent: readonly OutboxEntry[],
  resend: readonly OutboxEntry[] = [],
): Promise<void> {
  await db.transaction('rw', db.syncOutbox, async () => {
    const current = await db.syncOutbox.bulkGet(sent.map((entry) => entry.id));
    const unchanged = sent.filter((entry, index) => current[index]?.stamp === entry.stamp);
    await db.syncOutbox.bulkDelete(unchanged.map((entry) => entry.id));
    await db.syncOutbox.bulkPut([...resend]);
  });
}
