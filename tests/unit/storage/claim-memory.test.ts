import { describe, expect, test } from 'vitest';
import { findAlreadyChecked } from '../../../storage/claim-memory-lookup';
import {
  createFactCheck,
  deleteFactChecks,
  restoreRecords,
  updateFactCheck,
} from '../../../storage/fact-checks';
import { savePublishedReviews } from '../../../storage/published-reviews';
import { fakeDraftOn, fakePublishedReview } from '../factories';
import { useFreshDbs } from './fresh-db';

const freshDb = useFreshDbs('claim-memory');
const now = new Date('2025-07-05T10:00:00.000Z');
const CLAIM = "Le taux de chômage a baissé à 7,1 % au troisième trimestre, selon l'Insee.";
const REWORDED = "Selon l'Insee, le chômage a reculé à 7,1% au 3e trimestre.";
const OTHER_PAGE = 'https://other.example/eco/chomage';

describe('claim memory in step with the fact-checks', () => {
  test('a rated fact-check is found from another page, with its verdict, sources and article', async () => {
    const db = freshDb();
    const saved = await createFactCheck(db, fakeDraftOn(CLAIM), now);
    const found = await findAlreadyChecked(
      db,
      ['Une phrase sans rapport avec le sujet du jour.', REWORDED],
      OTHER_PAGE,
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.sentence).toBe(1);
    expect(found[0]?.earlier).toMatchObject({
      kind: 'factCheck',
      factCheckId: saved.factCheck.id,
      verdict: 'mostly-false',
      claimText: CLAIM,
      sources: saved.factCheck.sources,
      articleUrl: saved.article.url,
    });
  });

  test('what crosses to another site’s tab never holds the reader’s note', async () => {
    const db = freshDb();
    const secret = 'Note privée : source au ministère, ne pas publier';
    await createFactCheck(db, { ...fakeDraftOn(CLAIM), note: secret }, now);
    const found = await findAlreadyChecked(db, [REWORDED], OTHER_PAGE);
    expect(found).toHaveLength(1);
    expect(JSON.stringify(found)).not.toContain(secret);
    expect(found[0]?.earlier).not.toHaveProperty('note');
  });

  test('the page’s own fact-checks and look-alikes are not "already checked"', async () => {
    const db = freshDb();
    const saved = await createFactCheck(db, fakeDraftOn(CLAIM), now);
    expect(await findAlreadyChecked(db, [REWORDED], saved.article.url)).toEqual([]);
    expect(
      await findAlreadyChecked(
        db,
        ["Le taux de chômage a baissé à 7,4 % au troisième trimestre, selon l'Insee."],
        OTHER_PAGE,
      ),
    ).toEqual([]);
  });

  test('removing the verdict, deleting and undoing keep the memory in step', async () => {
    const db = freshDb();
    const saved = await createFactCheck(db, fakeDraftOn(CLAIM), now);
    await updateFactCheck(db, saved.factCheck.id, { verdict: null }, now);
    expect(await db.claimMemory.count()).toBe(0);
    await updateFactCheck(db, saved.factCheck.id, { verdict: 'false' }, now);
    expect((await findAlreadyChecked(db, [REWORDED], OTHER_PAGE))[0]?.earlier.verdict).toBe('false');
    const removed = await deleteFactChecks(db, [saved.factCheck.id]);
    expect(await db.claimMemory.count()).toBe(0);
    expect(await findAlreadyChecked(db, [REWORDED], OTHER_PAGE)).toEqual([]);
    await restoreRecords(db, removed);
    expect(await findAlreadyChecked(db, [REWORDED], OTHER_PAGE)).toHaveLength(1);
  });
});

describe('published reviews', () => {
  const review = fakePublishedReview();

  test('a saved review joins the memory once, however often it is saved', async () => {
    const db = freshDb();
    await savePublishedReviews(db, [review], 'https://factuel.afp.com/page', now);
    await savePublishedReviews(db, [review], 'https://factuel.afp.com/page', now);
    expect(await db.publishedReviews.count()).toBe(1);
    const found = await findAlreadyChecked(
      db,
      ['En France, le taux de chômage a baissé à 5 % en 2023.'],
      OTHER_PAGE,
    );
    expect(found[0]?.earlier).toMatchObject({
      kind: 'published',
      reviewer: 'AFP Factuel',
      rating: 'Faux',
      verdict: 'false',
      url: review.url,
    });
  });
});
