import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FactmarkDb } from '../../../storage/db';
import {
  createFactCheck,
  deleteFactChecks,
  restoreRecords,
  setAnchorStatuses,
  updateFactCheck,
} from '../../../storage/fact-checks';
import { getPageAnnotations } from '../../../storage/page-annotations';
import { MissingRecordError } from '../../../storage/missing-record';
import { rebaseClaim } from '../../../storage/rebase-claim';
import { fakeDraft } from '../factories';

let db: FactmarkDb;
beforeEach(() => {
  db = new FactmarkDb(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const now = new Date('2025-07-05T10:00:00.000Z');
const later = new Date('2025-07-05T11:00:00.000Z');

describe('createFactCheck', () => {
  test('stores article, claim and fact-check with derived index fields', async () => {
    const saved = await createFactCheck(db, fakeDraft(), now);
    expect(saved.article).toMatchObject({ site: 'news.example', createdAt: now.toISOString() });
    expect(saved.factCheck).toMatchObject({ verdict: 'true', sourceCount: 1, site: 'news.example' });
    expect(saved.factCheck.words).toEqual(
      expect.arrayContaining(['avril', '2025', 'reconnait', 'tass', 'russie']),
    );
    const page = await getPageAnnotations(db, fakeDraft().article.url);
    expect(page.claims).toHaveLength(1);
    expect(page.factChecks).toEqual([saved.factCheck]);
  });

  test('reuses the article of the same URL and keeps its first fingerprint', async () => {
    const first = await createFactCheck(db, fakeDraft(), now);
    const draft = fakeDraft();
    const second = await createFactCheck(
      db,
      { ...draft, article: { ...draft.article, fingerprint: 'edited' } },
      later,
    );
    expect(second.article.id).toBe(first.article.id);
    expect(second.article.fingerprint).toBe('f'.repeat(32));
    expect(second.article.createdAt).toBe(now.toISOString());
    expect(await db.articles.count()).toBe(1);
    expect(await db.factChecks.where('articleId').equals(first.article.id).count()).toBe(2);
  });
});

test("a claim of the article's title is stored as one, and a rebase keeps it there", async () => {
  const draft = fakeDraft();
  const title = 'La Russie reconnaît officiellement le régime des talibans';
  const saved = await createFactCheck(
    db,
    {
      ...draft,
      claim: {
        ...draft.claim,
        text: title,
        quote: { type: 'TextQuoteSelector', exact: title, prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 0, end: title.length },
        place: 'title',
      },
    },
    now,
  );
  expect(saved.claim).toMatchObject({ place: 'title', text: title });
  const page = await getPageAnnotations(db, draft.article.url);
  expect(page.claims.map((claim) => claim.place)).toEqual(['title']);
  const reworded = title.replace('officiellement', 'finalement');
  await rebaseClaim(
    db,
    saved.claim.id,
    {
      text: reworded,
      quote: { type: 'TextQuoteSelector', exact: reworded, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: reworded.length },
    },
    { fingerprint: 'g'.repeat(32), at: later },
  );
  expect(await db.claims.get(saved.claim.id)).toMatchObject({ place: 'title', text: reworded });
  // Any other place is refused before it is written.
  await expect(
    createFactCheck(db, { ...draft, claim: { ...draft.claim, place: 'caption' as 'title' } }, now),
  ).rejects.toThrow(/place/);
});

describe('updateFactCheck', () => {
  test('changes only the given fields and refreshes the index fields', async () => {
    const { factCheck } = await createFactCheck(db, fakeDraft(), now);
    const updated = await updateFactCheck(db, factCheck.id, { verdict: 'misleading', sources: [] }, later);
    expect(updated).toMatchObject({ verdict: 'misleading', note: factCheck.note, sourceCount: 0 });
    expect(updated.updatedAt).toBe(later.toISOString());
    expect(await db.factChecks.where('sourceCount').equals(0).count()).toBe(1);
  });

  test('can clear a verdict', async () => {
    const { factCheck } = await createFactCheck(db, fakeDraft(), now);
    expect((await updateFactCheck(db, factCheck.id, { verdict: null }, later)).verdict).toBeNull();
  });

  test('refuses an unknown id with MissingRecordError', async () => {
    await expect(updateFactCheck(db, 'missing', { note: 'x' }, later)).rejects.toBeInstanceOf(
      MissingRecordError,
    );
  });
});

describe('deleteFactChecks and restoreRecords', () => {
  test('delete removes the claim left alone; restore brings every record back', async () => {
    const { factCheck, claim } = await createFactCheck(db, fakeDraft(), now);
    const removed = await deleteFactChecks(db, [factCheck.id]);
    expect(removed.factChecks).toEqual([factCheck]);
    expect(removed.claims).toEqual([claim]);
    expect(await db.factChecks.count()).toBe(0);
    expect(await db.claims.count()).toBe(0);
    await restoreRecords(db, removed);
    expect(await db.factChecks.get(factCheck.id)).toEqual(factCheck);
    expect(await db.claims.get(claim.id)).toEqual(claim);
  });
});

test('setAnchorStatuses records where claims were found', async () => {
  const { claim } = await createFactCheck(db, fakeDraft(), now);
  await setAnchorStatuses(db, [{ claimId: claim.id, status: 'orphan' }]);
  expect(await db.claims.where('anchorStatus').equals('orphan').count()).toBe(1);
});
