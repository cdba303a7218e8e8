import { describe, expect, test } from 'vitest';
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

/** Which sentences are "already checked", and by which fact-check or review. */
async function answers(db: FactmarkDb, sentences = [REWORDED, OTHER_REWORDED]) {
  return (await findAlreadyChecked(db, sentences, OTHER_PAGE)).map(({ sentence, earlier }) => [
    sentence,
    earlier.kind === 'factCheck' ? earlier.factCheckId : earlier.reviewId,
  ]);
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
    expect(await db.claimMemoryChanges.toArray()).toEqual([{ id: `fc:${id}`, seq: 1 }]);
    // An edit that leaves the claim as it was writes no memory row, so no change either.
    await updateFactCheck(db, id, { note: 'Une note.' }, now);
    expect(await db.claimMemoryChanges.toArray()).toEqual([{ id: `fc:${id}`, seq: 1 }]);
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
