/**
 * The claim memory kept in memory where lookups run (the background): a BandIndex
 * (core/memory/band-index.ts) of every `claimMemory` row's features, one per open database.
 * A lookup brings it up to date from the change feed (`claimMemoryChanges`), which
 * claim-memory.ts writes in the same transaction as every memory write, whichever context writes
 * (the background, the review page, a sync): catching up is one index range read, then one
 * `bulkGet` of the changed rows.
 *
 * The feed is read only when this context has heard of a write to it since the last read, which
 * is most lookups' whole saving (one IndexedDB transaction less, bench:memory). Dexie announces
 * every committed write (`storagemutated`): in the writing context at commit, and to the
 * extension's other contexts (the review page, the side panel, other windows) through a
 * BroadcastChannel posted at commit, the same path that keeps their live queries current. A
 * schema upgrade made elsewhere closes this connection first (`versionchange`), which counts as
 * heard too. A fresh index (a new worker) always reads the feed.
 *
 * A killed MV3 service worker loses the index with the rest of its memory. The next worker's
 * first lookup loads the index as last saved (`claimMemorySnapshot`: flat typed arrays, the
 * bands' keys sorted, one read) and catches up from the feed since. A schema upgrade that
 * recomputes the memory (feed entry `*`) saves the index with it, so a running index reloads
 * that one. With no snapshot it reads the whole table, which is slow at 100,000 rows, and saves
 * a snapshot after answering. `npm run bench:memory` measures the three cases.
 *
 * Invariant: once `inStep` has run, the index holds exactly the rows of the last feed write this
 * context has heard of (every write, once its announcement has arrived). Lookups and saves run
 * one at a time (`exclusive`), so two catch-ups never interleave and a snapshot is the index at
 * its `seq`.
 */
import { Dexie } from 'dexie';
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
  /** `heard` when the index last read the feed. */
  heardAtRead: number;
}

interface Holder {
  index: MemoryIndex | null;
  /** The task running, which the next one waits for. */
  running: Promise<unknown>;
}

const holders = new WeakMap<FactmarkTables, Holder>();

/**
 * Writes to a change feed this context has heard of, any database (another database's write
 * costs one needless feed read). Counted rather than flagged, so a write heard while a catch-up
 * reads is not lost.
 */
let heard = 0;
let listening = false;

/** `idb://<database>/<table>/<index>`: Dexie's name for what a write changed. */
const isFeedPart = (part: string) =>
  !part.startsWith('idb://') || part.split('/')[3] === 'claimMemoryChanges';

function holderOf(db: FactmarkTables): Holder {
  let holder = holders.get(db);
  if (!holder) {
    if (!listening) {
      listening = true;
      Dexie.on('storagemutated', (parts) => {
        if (Object.keys(parts).some(isFeedPart)) heard++;
      });
    }
    db.on('versionchange', () => {
      heard++;
    });
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

/** The index when no feed write was heard of since it last read the feed; null otherwise. */
export function currentIndex(db: FactmarkTables): BandIndex | null {
  const index = holderOf(db).index;
  return index && index.heardAtRead === heard ? index.bands : null;
}

/**
 * The index as the current transaction sees the table (run it in a read transaction over
 * `memoryIndexTables`): loaded or built if absent, then caught up.
 */
export async function inStep(db: FactmarkTables): Promise<BandIndex> {
  const holder = holderOf(db);
  const heardBefore = heard;
  let index = holder.index ?? (await fromSnapshot(db));
  if (index && !(await catchUp(db, index))) {
    // The whole memory changed since (`*`): the index saved with that change, else the table.
    const saved = await fromSnapshot(db, index.seen);
    index = saved && (await catchUp(db, saved)) ? saved : null;
  }
  index ??= await fromTable(db);
  index.heardAtRead = heardBefore;
  holder.index = index;
  return index.bands;
}

/**
 * Saves the index when it has taken in enough changes since it was last saved, and prunes the
 * change feed of what the saved index holds, in one transaction: every entry up to its `seq`
 * goes, and `*` is put at that `seq`, so an index elsewhere that had not seen them all (another
 * connection's) reloads the saved one instead of missing the pruned changes. The feed thus never
 * holds more than the changes since the last save (256 rows or so), not every row ever written.
 */
export async function saveIfStale(db: FactmarkTables): Promise<void> {
  const index = holderOf(db).index;
  if (!index || index.unsaved < SAVE_AFTER_CHANGES) return;
  const packed = index.bands.toPacked();
  if (!packed) return;
  const seq = index.seen;
  // Not announced to views: no record changes. Dexie announces the feed's change, so the next
  // lookup here reads the feed once (nothing above `seq`).
  await db.transaction('rw', db.claimMemorySnapshot, db.claimMemoryChanges, async () => {
    const reset = await db.claimMemoryChanges.get('*');
    // A `*` after this index (an upgrade recomputed the memory since): this save is stale.
    if (reset && reset.seq > seq) return;
    await db.claimMemorySnapshot.put({ id: 'index', seq, ...packed });
    await db.claimMemoryChanges.where('seq').belowOrEqual(seq).delete();
    await db.claimMemoryChanges.put({ id: '*', seq });
  });
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

/** The index as last saved, if saved after write `after`. */
async function fromSnapshot(db: FactmarkTables, after = -1): Promise<MemoryIndex | null> {
  const snapshot = await db.claimMemorySnapshot.get('index');
  if (!snapshot || snapshot.seq <= after) return null;
  return { bands: BandIndex.fromPacked(snapshot), seen: snapshot.seq, unsaved: 0, heardAtRead: -1 };
}

async function fromTable(db: FactmarkTables): Promise<MemoryIndex> {
  // Read in the same transaction as the feed's last number, so no write falls between.
  const last = await db.claimMemoryChanges.orderBy('seq').last();
  const bands = new BandIndex();
  const rows = await db.claimMemory.toArray();
  bands.addMany(rows.map((row) => ({ id: row.id, features: row.shingles })));
  return { bands, seen: last?.seq ?? 0, unsaved: Number.POSITIVE_INFINITY, heardAtRead: -1 };
}
