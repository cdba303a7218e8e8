import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { FactmarkBundle } from '../../../core/exchange/bundle';
import { toFactmarkJson } from '../../../core/exchange/factmark-json';
import type { ConflictPolicy } from '../../../core/exchange/import-plan';
import { parseImport } from '../../../core/exchange/parse-import';
import { rekeyArticlesByUrl } from '../../../core/exchange/rekey-articles';
import { toW3cJson } from '../../../core/exchange/w3c-export';
import type { FactmarkDb } from '../../../storage/db';
import { exportBundle } from '../../../storage/export-bundle';
import { dismissClaim } from '../../../storage/dismissals';
import { createFactCheck, updateFactCheck } from '../../../storage/fact-checks';
import { applyImport, previewImport } from '../../../storage/import-bundle';
import { findAlreadyChecked } from '../../../storage/claim-memory-lookup';
import { savePublishedReviews } from '../../../storage/published-reviews';
import { rebaseClaim } from '../../../storage/rebase-claim';
import { factCheckRowTables, putFactCheckRows } from '../../../storage/fact-check-rows';
import type { StoredClaim } from '../../../core/model/stored-records';
import { bundleArb, fakeBundle } from '../core/exchange/arbitraries';
import { fakeDraft, fakePublishedReview, fakeStoredFactCheck } from '../factories';
import { useFreshDbs } from './fresh-db';

const freshDb = useFreshDbs('exchange');

const exportedAt = '2025-07-06T00:00:00.000Z';
const keepNewer = { conflict: 'keep-newer' } as const;

async function importText(db: FactmarkDb, text: string, policy: ConflictPolicy = keepNewer) {
  const parsed = parseImport(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const plan = await previewImport(db, parsed.bundle, parsed.invalid, policy);
  return { plan, written: (await applyImport(db, plan)).written };
}

/** What an export of everything can hold: fact-checked claims and their articles, sorted. */
function exportable(bundle: FactmarkBundle): FactmarkBundle {
  const claimIds = new Set(bundle.factChecks.map((row) => row.claimId));
  const articleIds = new Set(bundle.factChecks.map((row) => row.articleId));
  return sorted({
    articles: bundle.articles.filter((row) => articleIds.has(row.id)),
    claims: bundle.claims.filter((row) => claimIds.has(row.id)),
    factChecks: bundle.factChecks,
  });
}
function sorted(bundle: FactmarkBundle): FactmarkBundle {
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    articles: byId(bundle.articles),
    claims: byId(bundle.claims),
    factChecks: byId(bundle.factChecks),
  };
}

describe('export then import', () => {
  test('into an empty database gives back identical records, each article filed under its URL (property)', async () => {
    await fc.assert(
      fc.asyncProperty(bundleArb, async (generated) => {
        // An import files each article under its normalised URL's id and site, as the page
        // would be: a file's own article ids are not trusted (rekey-articles.ts).
        const bundle = await rekeyArticlesByUrl(generated);
        fc.pre(bundle.articles.length === generated.articles.length);
        const db = freshDb();
        const { plan } = await importText(db, toFactmarkJson(generated, { exportedAt }));
        expect(plan.counts.new).toBe(bundle.factChecks.length);
        const back = await exportBundle(db, { kind: 'all' });
        expect(sorted(back)).toEqual(exportable(bundle));
        // A backup of what is stored now restores exactly.
        const again = freshDb();
        await importText(again, toFactmarkJson(back, { exportedAt }));
        expect(sorted(await exportBundle(again, { kind: 'all' }))).toEqual(sorted(back));
      }),
      { numRuns: 40 },
    );
  });

  test('records made in the extension survive Factmark JSON and W3C round trips', async () => {
    const source = freshDb();
    await createFactCheck(source, fakeDraft(), new Date('2025-07-05T10:00:00.000Z'));
    const original = await exportBundle(source, { kind: 'all' });
    for (const text of [toFactmarkJson(original, { exportedAt }), toW3cJson(original, { exportedAt })]) {
      const target = freshDb();
      await importText(target, text);
      expect(sorted(await exportBundle(target, { kind: 'all' }))).toEqual(sorted(original));
      const [row] = await target.factChecks.toArray();
      expect(row?.words).toEqual(expect.arrayContaining(['russie', 'tass']));
    }
  });

  test('"not worth checking" marks survive a Factmark JSON backup, once, with their articles', async () => {
    const source = freshDb();
    const at = new Date('2025-07-05T10:00:00.000Z');
    const quote = (exact: string) => ({
      type: 'TextQuoteSelector' as const,
      exact,
      prefix: 'a ',
      suffix: ' b',
    });
    await createFactCheck(source, fakeDraft(), at);
    await dismissClaim(source, { article: fakeDraft().article, quote: quote('Une phrase banale.') }, at);
    const other = { ...fakeDraft().article, url: 'https://autre.example/page' };
    await dismissClaim(source, { article: other, quote: quote('Une autre.') }, at);
    const original = await exportBundle(source, { kind: 'all' });
    expect(original.dismissals).toHaveLength(2);
    expect(original.articles.map((row) => row.url)).toContain(other.url);
    const text = toFactmarkJson(original, { exportedAt });
    const target = freshDb();
    await importText(target, text);
    await importText(target, text);
    const back = await exportBundle(target, { kind: 'all' });
    const marks = (bundle: FactmarkBundle) =>
      (bundle.dismissals ?? []).map((row) => [row.quote, row.createdAt, row.articleId]).sort();
    expect(marks(back)).toEqual(marks(original));
    expect(await target.dismissals.count()).toBe(2);
    // One page's export carries that page's marks; a file without the list still imports.
    const [one] = original.dismissals ?? [];
    const url = original.articles.find((row) => row.id === one?.articleId)?.url ?? '';
    const page = await exportBundle(source, { kind: 'page', url });
    expect(page.dismissals).toEqual([one]);
    const older = JSON.parse(text) as Record<string, unknown>;
    delete older.dismissals;
    const fresh = freshDb();
    await importText(fresh, JSON.stringify(older));
    expect(await fresh.factChecks.count()).toBe(1);
    expect(await fresh.dismissals.count()).toBe(0);
  });

  test('saved published fact-checks survive a Factmark JSON backup, once, and are recalled again', async () => {
    const source = freshDb();
    const at = new Date('2025-07-05T10:00:00.000Z');
    const review = fakePublishedReview();
    await createFactCheck(source, fakeDraft(), at);
    const saved = await savePublishedReviews(source, [review], 'https://factuel.afp.com/page', at);
    const original = await exportBundle(source, { kind: 'all' });
    expect(original.publishedReviews).toEqual(saved);
    const text = toFactmarkJson(original, { exportedAt });

    const target = freshDb();
    const first = await importText(target, text);
    expect(first.plan.write.publishedReviews).toEqual(saved);
    const again = await importText(target, text);
    expect(again.plan.write.publishedReviews).toEqual([]);
    expect(await target.publishedReviews.toArray()).toEqual(saved);
    const found = await findAlreadyChecked(
      target,
      ['En France, le taux de chômage a baissé à 5 % en 2023.'],
      'https://autre.example/article',
    );
    expect(found[0]?.earlier).toMatchObject({ kind: 'published', reviewer: 'AFP Factuel', verdict: 'false' });
    // They belong to no article: an export of one page or of chosen fact-checks has none.
    const page = await exportBundle(source, { kind: 'page', url: original.articles[0]?.url ?? '' });
    expect(page.publishedReviews).toEqual([]);
    // A file written before the list existed still imports; a damaged review is refused alone.
    const older = JSON.parse(text) as Record<string, unknown>;
    delete older.publishedReviews;
    const fresh = freshDb();
    await importText(fresh, JSON.stringify(older));
    expect(await fresh.factChecks.count()).toBe(1);
    const damaged = JSON.parse(text) as { publishedReviews: Record<string, unknown>[] };
    damaged.publishedReviews = [{ ...saved[0], url: 'javascript:alert(1)' }];
    const parsed = parseImport(JSON.stringify(damaged));
    expect(parsed.ok && parsed.invalid).toEqual([
      expect.objectContaining({ kind: 'publishedReview', index: 0, id: saved[0]?.id }),
    ]);
  });

  test('a backup whose claim was revised since restores the revision, and its fact-checks follow', async () => {
    const source = freshDb();
    const at = new Date('2025-07-05T10:00:00.000Z');
    const { claim, factCheck } = await createFactCheck(source, fakeDraft(), at);
    const older = toFactmarkJson(await exportBundle(source, { kind: 'all' }), { exportedAt });
    const text = 'En mai 2025, la justice russe a retiré les talibans de sa liste noire.';
    await rebaseClaim(
      source,
      claim.id,
      { text, quote: { ...claim.quote, exact: text }, position: claim.position },
      { fingerprint: 'e'.repeat(32), at: new Date('2025-07-06T10:00:00.000Z') },
    );
    const newer = toFactmarkJson(await exportBundle(source, { kind: 'all' }), { exportedAt });

    const target = freshDb();
    await importText(target, older);
    const { plan } = await importText(target, newer);
    expect(plan.replaced.claims.map(({ before, after }) => [before.text, after.text])).toEqual([
      [claim.text, text],
    ]);
    expect(await target.claims.get(claim.id)).toMatchObject({ text, checkedFingerprint: 'e'.repeat(32) });
    expect((await target.factChecks.get(factCheck.id))?.words).toContain('noire');
    // The older file does not take it back: its claim was checked before.
    expect((await importText(target, older)).plan.replaced.claims).toEqual([]);
    expect((await target.claims.get(claim.id))?.text).toBe(text);
  });

  test('importing the same file twice changes nothing the second time', async () => {
    const db = freshDb();
    const text = toFactmarkJson(fakeBundle(), { exportedAt });
    await importText(db, text);
    const { plan, written } = await importText(db, text);
    expect(plan.counts).toMatchObject({ new: 0, unchanged: 1 });
    expect(written).toBe(0);
  });
});

describe('conflicts', () => {
  async function conflicted(policy: Parameters<typeof previewImport>[3]) {
    const db = freshDb();
    const { factCheck } = await createFactCheck(db, fakeDraft(), new Date('2025-07-05T10:00:00.000Z'));
    const exported = await exportBundle(db, { kind: 'all' });
    await updateFactCheck(
      db,
      factCheck.id,
      { note: 'edited here later' },
      new Date('2025-07-07T10:00:00.000Z'),
    );
    const theirs = {
      ...exported,
      factChecks: exported.factChecks.map((row) => ({ ...row, note: 'edited there' })),
    };
    const { plan } = await importText(db, toFactmarkJson(theirs, { exportedAt }), policy);
    return { db, plan };
  }

  test('keep the newer one by default', async () => {
    const { db, plan } = await conflicted(keepNewer);
    expect(plan.counts.conflicting).toBe(1);
    expect((await db.factChecks.toArray()).map((row) => row.note)).toEqual(['edited here later']);
  });

  test('keep both when asked', async () => {
    const { db } = await conflicted({ conflict: 'keep-both', newId: () => 'kept-copy' });
    expect((await db.factChecks.toArray()).map((row) => row.note).sort()).toEqual([
      'edited here later',
      'edited there',
    ]);
    expect(await db.factChecks.get('kept-copy')).toMatchObject({ note: 'edited there' });
  });
});

test('an imported fact-check replacing a stored one keeps the desk versions that disagree with it', async () => {
  const db = freshDb();
  const at = new Date('2025-07-05T10:00:00.000Z');
  const { factCheck } = await createFactCheck(db, fakeDraft({ verdict: 'mixed' }), at);
  const conflicts = [
    {
      rev: '2-abc',
      author: 'erin',
      verdict: 'true' as const,
      sources: [],
      note: 'Vérifié.',
      tags: [],
      updatedAt: '2025-07-05T11:00:00.000Z',
    },
  ];
  await db.factChecks.update(factCheck.id, { conflicts, resolvedRevs: ['2-old'] });
  const bundle = await exportBundle(db, { kind: 'all' });
  const newer = {
    ...bundle,
    factChecks: bundle.factChecks.map((row) => ({
      ...row,
      note: 'Edited elsewhere.',
      updatedAt: '2025-07-06T00:00:00.000Z',
    })),
  };
  const { written } = await importText(db, toFactmarkJson(newer, { exportedAt }));
  expect(written).toBe(1);
  expect(await db.factChecks.get(factCheck.id)).toMatchObject({
    note: 'Edited elsewhere.',
    conflicts,
    resolvedRevs: ['2-old'],
  });
});

test("one page's export holds the fact-checks of every article stored for its URL", async () => {
  const db = freshDb();
  const at = new Date('2025-07-05T10:00:00.000Z');
  const { article, factCheck } = await createFactCheck(db, fakeDraft(), at);
  // As an older version could leave it: the same page filed under a second article id.
  const legacy = { ...article, id: 'legacy-article' };
  const claim = { ...(await db.claims.get(factCheck.claimId)), id: 'legacy-claim', articleId: legacy.id };
  await db.transaction('rw', [db.articles, db.claims, ...factCheckRowTables(db)], async () => {
    await db.articles.put(legacy);
    await db.claims.put(claim as StoredClaim);
    await putFactCheckRows(db, [
      fakeStoredFactCheck({
        id: 'legacy-check',
        claimId: claim.id,
        articleId: legacy.id,
        createdAt: at.toISOString(),
      }),
    ]);
  });
  const page = await exportBundle(db, { kind: 'page', url: article.url });
  expect(page.factChecks.map((row) => row.id).sort()).toEqual([factCheck.id, 'legacy-check'].sort());
  expect(page.articles.map((row) => row.id).sort()).toEqual([article.id, legacy.id].sort());
});

test('a plan that cannot be written whole writes nothing', async () => {
  const db = freshDb();
  const bundle = fakeBundle();
  const parsed = parseImport(toFactmarkJson(bundle, { exportedAt }));
  if (!parsed.ok) throw new Error(parsed.error);
  const plan = await previewImport(db, parsed.bundle, parsed.invalid, keepNewer);
  const broken = { ...plan, write: { ...plan.write, claims: [] } };
  await expect(applyImport(db, broken)).rejects.toThrow(
    /refers to a claim or article that is not in the file/,
  );
  expect(await db.articles.count()).toBe(0);
  expect(await db.factChecks.count()).toBe(0);
});

test('an article already stored under another id is merged by URL', async () => {
  const db = freshDb();
  const { article } = await createFactCheck(db, fakeDraft(), new Date('2025-07-05T10:00:00.000Z'));
  const bundle = fakeBundle();
  const theirs: FactmarkBundle = {
    articles: bundle.articles.map((row) => ({ ...row, id: article.url, url: article.url })),
    claims: bundle.claims.map((row) => ({ ...row, articleId: article.url })),
    factChecks: bundle.factChecks.map((row) => ({ ...row, articleId: article.url })),
  };
  await importText(db, toFactmarkJson(theirs, { exportedAt }));
  expect(await db.articles.count()).toBe(1);
  expect(await db.factChecks.where('articleId').equals(article.id).count()).toBe(2);
});
