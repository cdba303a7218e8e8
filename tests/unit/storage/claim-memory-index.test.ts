import { describe, expect, test, vi } from 'vitest';
import { Dexie } from 'dexie';
import { findAlreadyChecked } from '../../../storage/claim-memory-lookup';
import { FactmarkDb } from '../../../storage/db';
import { exportBundle } from '../../../storage/export-bundle';
import {
  createFactCheck,
  deleteFactChecks,
  restoreRecords,
  updateFactCheck,
} from '../../../storage/fact-checks';
import { applyImport, previewImport } from '../../../storage/import-bundle';
import { savePublishedReviews } from '../../../storage/published-reviews';
import { rebaseClaim } from '../../../storage/rebase-claim';
import { applySyncedRecords } from '../../../storage/synced-records';
import { fakeDraftOn } from '../factories';
import { useFreshDbs } from './fresh-db';

// The background's index lives as long as its database object: a lookup builds it, later
// lookups catch up from the change feed. Each test warms the index first, then writes, so the
// answers below come from an index kept in step, not from one built after the writes.
const freshDb = useFreshDbs('claim-memory-index');
const now = new Date('2025-07-05T10:00:00.000Z');
const CLAIM = "Le taux de chômage a baissé à 7,1 % au troisième trimestre, selon l'Insee.";
const REWORDED = "Selon l'Insee, le chômage a reculé à 7,1% au 3e trimestre.";
const OTHER_CLAIM = 'Electric cars produce more carbon emissions over their lifetime than petrol cars.';
const OTHER_REWORDED = 'Over their lifetime, electric cars produce more carbon emissions than petrol cars.';
const OTHER_PAGE = 'https://other.example/eco/chomage';
const THIRD_CLAIM = "Les loyers à Paris ont augmenté de 4 % en 2023, selon l'Observatoire des loyers.";
const THIRD_REWORDED = "Selon l'Observatoire des loyers, les loyers ont augmenté de 4 % à Paris en 2023.";
const SENTENCES = [REWORDED, OTHER_REWORDED, THIRD_REWORDED];

/** Which sentences are "already checked", and by which fact-check or review. */
async function answers(db: FactmarkDb, sentences = [REWORDED, OTHER_REWORDED]) {
  return (await findAlreadyChecked(db, sentences, OTHER_PAGE)).map(({ sentence, earlier }) => [
    sentence,
    earlier.kind === 'factCheck' ? earlier.factCheckId : earlier.reviewId,
  ]);
}

/** The BroadcastChannel on which Dexie tells the origin's other contexts what a commit changed. */
const DEXIE_CHANNEL = 'x-storagemutated-1';

/** Puts rows with raw IndexedDB, in one transaction, as a context without Dexie events would. */
async function rawPut(name: string, rows: Record<string, readonly unknown[]>): Promise<void> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction(Object.keys(rows), 'readwrite');
    for (const [table, values] of Object.entries(rows))
      for (const value of values) tx.objectStore(table).put(value);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  idb.close();
}

/** The same database opened anew, as a restarted service worker opens it: an empty index. */
function restarted(db: FactmarkDb): FactmarkDb {
  return new FactmarkDb(db.name);
}

describe('the in-memory claim memory index in step with every write', () => {
  test('add, edit, remove the verdict, delete and undo', async () => {
    const db = freshDb();
    expect(await answers(db)).toEqual([]);
    const saved = await createFactCheck(db, fakeDraftOn(CLAIM), now);
    const id = saved.factCheck.id;
    expect(await answers(db)).toEqual([[0, id]]);
    // `*` at 0: the first lookup saved the (empty) index, pruning the feed up to it.
    const feed = [
      { id: '*', seq: 0 },
      { id: `fc:${id}`, seq: 1 },
    ];
    expect(await db.claimMemoryChanges.toArray()).toEqual(feed);
    // An edit that leaves the claim as it was writes no memory row, so no change either.
    await updateFactCheck(db, id, { note: 'Une note.' }, now);
    expect(await db.claimMemoryChanges.toArray()).toEqual(feed);
    expect(await answers(db)).toEqual([[0, id]]);
    await updateFactCheck(db, id, { verdict: null }, now);
    expect(await answers(db)).toEqual([]);
    await updateFactCheck(db, id, { verdict: 'false' }, now);
    expect(await answers(db)).toEqual([[0, id]]);
    const removed = await deleteFactChecks(db, [id]);
    expect(await answers(db)).toEqual([]);
    await restoreRecords(db, removed);
    expect(await answers(db)).toEqual([[0, id]]);
  });

  test('a claim whose text changes is found by its new text only', async () => {
    const db = freshDb();
    const saved = await createFactCheck(db, fakeDraftOn(CLAIM), now);
    expect(await answers(db)).toEqual([[0, saved.factCheck.id]]);
    await rebaseClaim(
      db,
      saved.claim.id,
      {
        text: OTHER_CLAIM,
        quote: { ...saved.claim.quote, exact: OTHER_CLAIM },
        position: saved.claim.position,
      },
      { fingerprint: 'f'.repeat(64), at: now },
    );
    expect(await answers(db)).toEqual([[1, saved.factCheck.id]]);
  });

  test('an import and a saved published review join a warm index', async () => {
    const source = freshDb();
    const saved = await createFactCheck(source, fakeDraftOn(CLAIM), now);
    const db = freshDb();
    expect(await answers(db)).toEqual([]);
    const plan = await previewImport(db, await exportBundle(source, { kind: 'all' }), [], {
      conflict: 'keep-newer',
    });
    await applyImport(db, plan);
    expect(await answers(db)).toEqual([[0, saved.factCheck.id]]);
    const [review] = await savePublishedReviews(
      db,
      [
        {
          claimReviewed: OTHER_CLAIM,
          author: 'Full Fact',
          url: 'https://fullfact.example/ev',
          datePublished: '2024-01-01',
          ratingValue: null,
          bestRating: null,
          worstRating: null,
          alternateName: 'Incorrect',
          verdict: 'false',
        },
      ],
      'https://fullfact.example/ev',
      now,
    );
    expect(await answers(db)).toEqual([
      [0, saved.factCheck.id],
      [1, review?.id],
    ]);
  });

  test('records received from the desk, then deleted on the desk', async () => {
    const source = freshDb();
    const saved = await createFactCheck(source, fakeDraftOn(CLAIM), now);
    const bundle = await exportBundle(source, { kind: 'all' });
    const db = freshDb();
    expect(await answers(db)).toEqual([]);
    await applySyncedRecords(db, {
      articles: bundle.articles.map((record) => ({ record, rev: '1-a' })),
      claims: bundle.claims.map((record) => ({ record, rev: '1-a' })),
      factChecks: bundle.factChecks.map((record) => ({ record, rev: '1-a', conflicts: [] })),
      deletedIds: [],
    });
    expect(await answers(db)).toEqual([[0, saved.factCheck.id]]);
    await applySyncedRecords(db, {
      articles: [],
      claims: [],
      factChecks: [],
      deletedIds: [saved.factCheck.id],
    });
    expect(await answers(db)).toEqual([]);
  });

  test('writes from another context (the review page) reach the background’s warm index', async () => {
    const db = freshDb();
    const page = restarted(db);
    try {
      expect(await answers(db)).toEqual([]);
      const saved = await createFactCheck(page, fakeDraftOn(CLAIM), now);
      expect(await answers(db)).toEqual([[0, saved.factCheck.id]]);
      await deleteFactChecks(page, [saved.factCheck.id]);
      expect(await answers(db)).toEqual([]);
    } finally {
      page.close();
    }
  });

  test('a warm lookup reads no change feed until a write is heard of', async () => {
    const db = freshDb();
    const page = restarted(db);
    try {
      expect(await answers(db)).toEqual([]);
      // The first lookup saved the index, pruning the feed: the next one reads the feed once.
      expect(await answers(db)).toEqual([]);
      const feedReads = vi.spyOn(db.claimMemoryChanges, 'where');
      expect(await answers(db)).toEqual([]);
      expect(feedReads).not.toHaveBeenCalled();
      const saved = await createFactCheck(page, fakeDraftOn(CLAIM), now);
      expect(await answers(db)).toEqual([[0, saved.factCheck.id]]);
      expect(feedReads).toHaveBeenCalledTimes(1);
      expect(await answers(db)).toEqual([[0, saved.factCheck.id]]);
      expect(feedReads).toHaveBeenCalledTimes(1);
    } finally {
      page.close();
    }
  });

  test('a write from another context is taken in once its announcement arrives', async () => {
    const source = freshDb();
    const saved = await createFactCheck(source, fakeDraftOn(CLAIM), now);
    const db = freshDb();
    expect(await answers(db)).toEqual([]);
    expect(await answers(db)).toEqual([]);
    // Another context's write: raw IndexedDB, so no Dexie event in this one; that context's Dexie
    // then posts what changed on its BroadcastChannel, as it does at every commit.
    await rawPut(db.name, {
      articles: await source.articles.toArray(),
      claims: await source.claims.toArray(),
      factChecks: await source.factChecks.toArray(),
      claimMemory: await source.claimMemory.toArray(),
      claimMemoryChanges: [{ id: `fc:${saved.factCheck.id}`, seq: 1 }],
    });
    expect(await answers(db)).toEqual([]);
    const announced = new Promise((resolve) => Dexie.on('storagemutated', resolve));
    const channel = new BroadcastChannel(DEXIE_CHANNEL);
    channel.postMessage({ [`idb://${db.name}/claimMemoryChanges/`]: { from: '', to: '', d: 1 } });
    channel.close();
    await announced;
    expect(await answers(db)).toEqual([[0, saved.factCheck.id]]);
  });

  test('a restart builds the index again from the table, with the same answers', async () => {
    const db = freshDb();
    const first = await createFactCheck(db, fakeDraftOn(CLAIM), now);
    const second = await createFactCheck(db, fakeDraftOn(OTHER_CLAIM), now);
    await deleteFactChecks(db, [second.factCheck.id]);
    const warm = await answers(db);
    expect(warm).toEqual([[0, first.factCheck.id]]);
    const cold = restarted(db);
    try {
      expect(await answers(cold)).toEqual(warm);
    } finally {
      cold.close();
    }
  });

  test('concurrent lookups on a cold index all answer, and build it once', async () => {
    const db = freshDb();
    const saved = await createFactCheck(db, fakeDraftOn(CLAIM), now);
    const cold = restarted(db);
    try {
      const all = await Promise.all([answers(cold), answers(cold), answers(cold)]);
      expect(all).toEqual([[[0, saved.factCheck.id]], [[0, saved.factCheck.id]], [[0, saved.factCheck.id]]]);
    } finally {
      cold.close();
    }
  });

  test('a restart loads the saved index and catches up with the writes made since', async () => {
    const db = freshDb();
    const first = await createFactCheck(db, fakeDraftOn(CLAIM), now);
    // The first lookup builds the index from the table, then saves it.
    expect(await answers(db)).toEqual([[0, first.factCheck.id]]);
    await answers(db);
    const saved = await db.claimMemorySnapshot.get('index');
    expect(saved?.ids).toBe(`fc:${first.factCheck.id}`);
    const second = await createFactCheck(db, fakeDraftOn(OTHER_CLAIM), now);
    await deleteFactChecks(db, [first.factCheck.id]);
    const cold = restarted(db);
    try {
      expect(await answers(cold)).toEqual([[1, second.factCheck.id]]);
    } finally {
      cold.close();
    }
  });

  test('saving the index prunes the feed; a restart and an index that missed the pruned changes find every claim', async () => {
    const db = freshDb();
    const a = await createFactCheck(db, fakeDraftOn(CLAIM), now);
    const b = await createFactCheck(db, fakeDraftOn(OTHER_CLAIM), now);
    const older = restarted(db);
    const newer = restarted(db);
    try {
      // Built from the table (no saved index), then saved: the feed keeps only `*` at its seq.
      expect(await answers(older, SENTENCES)).toEqual([
        [0, a.factCheck.id],
        [1, b.factCheck.id],
      ]);
      await answers(older, SENTENCES);
      expect(await db.claimMemoryChanges.toArray()).toEqual([{ id: '*', seq: 2 }]);
      await deleteFactChecks(db, [a.factCheck.id]);
      const c = await createFactCheck(db, fakeDraftOn(THIRD_CLAIM), now);
      // Another index saved after those writes prunes them from the feed…
      await db.claimMemorySnapshot.clear();
      await answers(newer, SENTENCES);
      await answers(newer, SENTENCES);
      expect(await db.claimMemoryChanges.toArray()).toEqual([{ id: '*', seq: 4 }]);
      const expected = [
        [1, b.factCheck.id],
        [2, c.factCheck.id],
      ];
      // …so the older one, which never read them, reloads the saved index, and so does a restart.
      expect(await answers(older, SENTENCES)).toEqual(expected);
      const cold = restarted(db);
      try {
        expect(await answers(cold, SENTENCES)).toEqual(expected);
      } finally {
        cold.close();
      }
      // Writes after a prune are numbered after it and caught up as before.
      await deleteFactChecks(db, [b.factCheck.id]);
      expect(await answers(older, SENTENCES)).toEqual([[2, c.factCheck.id]]);
    } finally {
      older.close();
      newer.close();
    }
  });

  test('after an upgrade recomputed the memory (feed entry *), a restart does not trust the saved index', async () => {
    const db = freshDb();
    await createFactCheck(db, fakeDraftOn(CLAIM), now);
    await answers(db);
    await answers(db);
    expect(await db.claimMemorySnapshot.count()).toBe(1);
    // What rebuildClaimMemory does in an upgrade: the rows anew, and `*` in the feed.
    await db.transaction('rw', db.claimMemory, db.claimMemoryChanges, async () => {
      await db.claimMemory.clear();
      const last = await db.claimMemoryChanges.orderBy('seq').last();
      await db.claimMemoryChanges.put({ id: '*', seq: (last?.seq ?? 0) + 1 });
    });
    const cold = restarted(db);
    try {
      expect(await answers(cold)).toEqual([]);
    } finally {
      cold.close();
    }
  });
});
