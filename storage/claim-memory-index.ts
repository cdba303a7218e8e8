/**
 * The claim memory kept in memory where lookups run (the background): a BandIndex
 * (core/memory/band-index.ts) of every `claimMemory` row's features, one per open database.
 * Each lookup first brings it up to date from the change feed (`claimMemoryChanges`), which
 * claim-memory.ts writes in the same transaction as every memory write, whichever context writes
 * (the background, the review page, a sync): catching up is one index range read, empty unless
 * something changed, then one `bulkGet` of the changed rows.
 *
 * A killed MV3 service worker loses the index with the rest of its memory. The next worker's
 * first lookup loads the index as last saved (`claimMemorySnapshot`: flat typed arrays, the
 * bands' keys sorted, one read) and catches up from the feed since; with no snapshot, or after a schema upgrade
 * recomputed the memory (feed entry `*`), it reads the whole table, which is slow at 100,000
 * rows, and saves a snapshot after answering. `npm run bench:memory` measures the three cases.
 *
 * Invariant: once `inStep` has run inside a read transaction over `memoryIndexTables`, the index
 * holds exactly the rows that transaction sees. Lookups and saves run one at a time
 * (`exclusive`), so two catch-ups never interleave and a snapshot is the index at its `seq`.
 */
import { BandIndex } from '../core/memory/band-index';
import type { FactmarkTables } from './tables';

/**
 * Memory rows changed since the last snapshot before the index is saved again. A restarted
 * worker reads these rows one by one after the snapshot (about a millisecond each under load);
 * a save writes every claim's features (about 8 MB at 100,000 claims). 256 keeps a cold lookup
 * within a few hundred rows of the snapshot while a reader's day of fact-checks saves rarely.
 */
const SAVE_AFTER_CHANGES = 256;

interface MemoryIndex {
  bands: BandIndex;
  /** The last write (`seq` of the change feed) the index has taken in. */
  seen: number;
  /** Rows taken in since the index was last saved (Infinity: never saved). */
  unsaved: number;
}

interface Holder {
  index: MemoryIndex | null;
  /** The task running, which the next one waits for. */
  running: Promise<unknown>;
}

const holders = new WeakMap<FactmarkTables, Holder>();

function holderOf(db: FactmarkTables): Holder {
  let holder = holders.get(db);
  if (!holder) {
    holder = { index: null, running: Promise.resolve() };
    holders.set(db, holder);
  }
  return holder;
}

/** The tables `inStep` reads: a lookup's transaction includes them. */
export const memoryIndexTables = (db: FactmarkTables) => [
  db.claimMemory,
  db.claimMemoryChanges,
  db.claimMemorySnapshot,
];

/** Runs `task` after every earlier task on `db`'s index has settled. */
export function exclusive<T>(db: FactmarkTables, task: () => Promise<T>): Promise<T> {
  const holder = holderOf(db);
  const result = holder.running.then(task, task);
  holder.running = result.catch(() => undefined);
  return result;
}

/** The index as the current transaction sees the table: loaded or built if absent, then caught up. */
export async function inStep(db: FactmarkTables): Promise<BandIndex> {
  const holder = holderOf(db);
  let index = holder.index ?? (await fromSnapshot(db));
  if (!index || !(await catchUp(db, index))) index = await fromTable(db);
  holder.index = index;
  return index.bands;
}

/** Saves the index when it has taken in enough changes since it was last saved. */
export async function saveIfStale(db: FactmarkTables): Promise<void> {
  const index = holderOf(db).index;
  if (!index || index.unsaved < SAVE_AFTER_CHANGES) return;
  const packed = index.bands.toPacked();
  if (!packed) return;
  // Not announced: no record changes, and only this index reads it.
  await db.claimMemorySnapshot.put({ id: 'index', seq: index.seen, ...packed });
  index.unsaved = 0;
}

/** Applies the feed since `index.seen`; false when the whole memory changed (`*`). */
async function catchUp(db: FactmarkTables, index: MemoryIndex): Promise<boolean> {
  const changes = await db.claimMemoryChanges.where('seq').above(index.seen).toArray();
  if (changes.length === 0) return true;
  if (changes.some((change) => change.id === '*')) return false;
  const ids = changes.map((change) => change.id);
  const rows = await db.claimMemory.bulkGet(ids);
  ids.forEach((id, i) => {
    const row = rows[i];
    if (row) index.bands.add(id, row.shingles);
    else index.bands.remove(id);
  });
  index.seen = Math.max(...changes.map((change) => change.seq));
  index.unsaved += ids.length;
  return true;
}

async function fromSnapshot(db: FactmarkTables): Promise<MemoryIndex | null> {
  const snapshot = await db.claimMemorySnapshot.get('index');
  if (!snapshot) return null;
  return { bands: BandIndex.fromPacked(snapshot), seen: snapshot.seq, unsaved: 0 };
}

async function fromTable(db: FactmarkTables): Promise<MemoryIndex> {
  // Read in the same transaction as the feed's last number, so no write falls between.
  const last = await db.claimMemoryChanges.orderBy('seq').last();
  const bands = new BandIndex();
  const rows = await db.claimMemory.toArray();
  bands.addMany(rows.map((row) => ({ id: row.id, features: row.shingles })));
  return { bands, seen: last?.seq ?? 0, unsaved: Number.POSITIVE_INFINITY };
}
