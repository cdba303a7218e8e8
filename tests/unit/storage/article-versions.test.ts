import { describe, expect, test, vi } from 'vitest';
import { toFactmarkJson } from '../../../core/exchange/factmark-json';
import { parseImport } from '../../../core/exchange/parse-import';
import { readFactmarkStream } from '../../../core/exchange/read-factmark-stream';
import { fingerprintOf } from '../../../core/model/ids';
import type { FactmarkDb } from '../../../storage/db';
import { exportBundle } from '../../../storage/export-bundle';
import { previewImport } from '../../../storage/import-bundle';
import { articleHistory } from '../../../storage/article-history';
import {
  lastArticleVersion,
  listArticleVersions,
  MAX_DISMISSED_NOTICES,
  MAX_VERSIONS_PER_ARTICLE,
} from '../../../storage/article-versions';
import { InvalidRecordError } from '../../../storage/validate-rows';
import { factmarkWriter, type SyncWriter } from '../../../storage/writer';
import { fakeDraft } from '../factories';
import { useFreshDbs } from './fresh-db';

const freshDb = useFreshDbs('versions');
const TEXT = 'En avril 2025, la justice russe a retiré les talibans de sa liste. '.repeat(40);

function setUp() {
  const db = freshDb();
  const told: (readonly string[] | null)[] = [];
  let clock = Date.parse('2025-07-05T10:00:00.000Z');
  const writer = factmarkWriter(
    db,
    async (urls) => void told.push(urls),
    () => {
      clock += 60_000;
      return new Date(clock);
    },
  );
  return { db, writer, told };
}

/** The default draft, naming `text` as the article text it is saved on. */
async function draftOn(text: string) {
  const draft = fakeDraft();
  return { ...draft, article: { ...draft.article, fingerprint: await fingerprintOf(text) } };
}

/** A fact-check saved on TEXT, which its save keeps as the article's first version. */
async function checkedOnText(writer: SyncWriter) {
  return writer.create(await draftOn(TEXT), TEXT);
}

describe('article versions', () => {
  test('a save keeps its text once, compressed, with the fingerprint of its text', async () => {
    const { db, writer, told } = setUp();
    const { article, factCheck } = await checkedOnText(writer);
    expect(told).toEqual([[article.url]]);
    const [first] = await listArticleVersions(db, article.id);
    await writer.update(factCheck.id, { note: 'Relu.' }, TEXT);
    expect(await listArticleVersions(db, article.id)).toEqual([first]);
    expect(first?.fingerprint).toBe(await fingerprintOf(TEXT));
    expect(first?.storedBytes).toBeLessThan(TEXT.length / 5);
    expect(await lastArticleVersion(db, article.url)).toEqual({
      fingerprint: first?.fingerprint,
      checkedAt: first?.checkedAt,
      text: TEXT,
      dismissedNotices: [],
    });
  });

  test('the last version is the latest checked; the first is kept past the budget', async () => {
    const { db, writer } = setUp();
    const texts = Array.from({ length: MAX_VERSIONS_PER_ARTICLE + 3 }, (_, i) => `${TEXT} Version ${i}.`);
    const { article, factCheck } = await writer.create(await draftOn(texts[0] ?? ''), texts[0]);
    for (const text of texts.slice(1)) await writer.update(factCheck.id, {}, text);
    const versions = await listArticleVersions(db, article.id);
    expect(versions).toHaveLength(MAX_VERSIONS_PER_ARTICLE);
    expect(versions[0]?.fingerprint).toBe(await fingerprintOf(texts[0] ?? ''));
    expect(versions[1]?.fingerprint).toBe(await fingerprintOf(texts[4] ?? ''));
    expect((await lastArticleVersion(db, article.url))?.text).toBe(texts.at(-1));
  });

  test('the history lists each version with the words changed since the one before', async () => {
    const { db, writer } = setUp();
    const { article, factCheck } = await checkedOnText(writer);
    await writer.update(factCheck.id, {}, TEXT.replace('En avril 2025', 'En mai 2025'));
    const history = await articleHistory(db, article.id);
    expect(history.map((entry) => entry.changes.map(({ op, was, now }) => [op, was, now]))).toEqual([
      [],
      [['replace', 'avril', 'mai']],
    ]);
  });
});

describe('a save and the text it was saved on land together', () => {
  test('a text that cannot be kept refuses the save, and nothing is written', async () => {
    const { db, writer } = setUp();
    const huge = 'x'.repeat(1_000_001);
    for (const [draft, text] of [
      [await draftOn('  '), '  '],
      [await draftOn(huge), huge],
      // The draft names another text than the one sent.
      [fakeDraft(), TEXT],
    ] as const) {
      await expect(writer.create(draft, text)).rejects.toBeInstanceOf(InvalidRecordError);
    }
    expect([await db.factChecks.count(), await db.claims.count(), await db.articleVersions.count()]).toEqual([
      0, 0, 0,
    ]);
    const { factCheck } = await checkedOnText(writer);
    await expect(writer.update(factCheck.id, { note: 'Perdu ?' }, '')).rejects.toBeInstanceOf(
      InvalidRecordError,
    );
    expect((await db.factChecks.get(factCheck.id))?.note).toBe(factCheck.note);
  });

  test('a version that fails to write undoes the fact-check it came with', async () => {
    const { db, writer } = setUp();
    const failing = vi.spyOn(db.articleVersions, 'add').mockRejectedValue(new Error('Disk full'));
    await expect(checkedOnText(writer)).rejects.toThrow('Disk full');
    expect([await db.articles.count(), await db.claims.count(), await db.factChecks.count()]).toEqual([
      0, 0, 0,
    ]);
    failing.mockRestore();
    const { factCheck } = await writer.create(fakeDraft());
    vi.spyOn(db.articleVersions, 'add').mockRejectedValue(new Error('Disk full'));
    await expect(writer.update(factCheck.id, { verdict: 'false' }, TEXT)).rejects.toThrow('Disk full');
    expect((await db.factChecks.get(factCheck.id))?.verdict).toBe(factCheck.verdict);
  });

  test('a claim revised for the new text keeps that text with it', async () => {
    const { db, writer } = setUp();
    const { article, claim } = await checkedOnText(writer);
    const now = TEXT.replace('En avril 2025', 'En mai 2025');
    const fingerprint = await fingerprintOf(now);
    await writer.rebaseClaim(
      claim.id,
      { text: claim.text, quote: claim.quote, position: claim.position },
      fingerprint,
      now,
    );
    expect((await db.claims.get(claim.id))?.checkedFingerprint).toBe(fingerprint);
    expect((await lastArticleVersion(db, article.url))?.text).toBe(now);
    await expect(
      writer.rebaseClaim(claim.id, claim, await fingerprintOf(TEXT), `${now} Autre.`),
    ).rejects.toBeInstanceOf(InvalidRecordError);
    expect((await db.claims.get(claim.id))?.checkedFingerprint).toBe(fingerprint);
  });
});

describe('pruning', () => {
  test('never deletes a version a claim was checked on, even past the budget', async () => {
    const { db, writer } = setUp();
    const texts = Array.from({ length: MAX_VERSIONS_PER_ARTICLE + 4 }, (_, i) => `${TEXT} Version ${i}.`);
    const named = await Promise.all([texts[2], texts[3]].map((text) => fingerprintOf(text ?? '')));
    const draft = fakeDraft();
    const { article } = await writer.create({
      ...draft,
      article: { ...draft.article, fingerprint: named[0] ?? '' },
    });
    await writer.create({
      ...draft,
      article: { ...draft.article, fingerprint: named[1] ?? '' },
      claim: {
        ...draft.claim,
        text: 'Another claim.',
        quote: { ...draft.claim.quote, exact: 'Another claim.' },
      },
    });
    const { factCheck } = await writer.create(await draftOn(texts[0] ?? ''), texts[0]);
    for (const text of texts.slice(1)) await writer.update(factCheck.id, {}, text);
    const kept = (await listArticleVersions(db, article.id)).map((version) => version.fingerprint);
    expect(kept).toHaveLength(MAX_VERSIONS_PER_ARTICLE);
    expect(kept).toEqual(expect.arrayContaining([await fingerprintOf(texts[0] ?? ''), ...named]));
    expect(kept.at(-1)).toBe(await fingerprintOf(texts.at(-1) ?? ''));
    // Versions 1, 4, 5 and 6 went: the oldest that no claim names.
    for (const gone of [1, 4, 5, 6]) expect(kept).not.toContain(await fingerprintOf(texts[gone] ?? ''));
  });
});

describe('Factmark JSON keeps the versions', () => {
  async function withVersions() {
    const { db, writer } = setUp();
    const { article, factCheck } = await checkedOnText(writer);
    await writer.update(factCheck.id, {}, TEXT.replace('En avril 2025', 'En mai 2025'));
    return { db, article };
  }

  async function restore(db: FactmarkDb, text: string) {
    const parsed = parseImport(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const told: (readonly string[] | null)[] = [];
    const plan = await previewImport(db, parsed.bundle, parsed.invalid, { conflict: 'keep-newer' });
    await factmarkWriter(db, async (urls) => void told.push(urls)).applyImport(plan);
    return { plan, told };
  }

  test('export then import gives the same versions, and importing again adds none', async () => {
    const { db, article } = await withVersions();
    const exported = await exportBundle(db, { kind: 'all' });
    expect(exported.articleVersions?.map((version) => version.text)).toEqual([
      TEXT,
      TEXT.replace('En avril 2025', 'En mai 2025'),
    ]);
    const file = toFactmarkJson(exported, { exportedAt: '2025-07-06T00:00:00.000Z' });
    const target = freshDb();
    const { plan, told } = await restore(target, file);
    expect(plan.write.articleVersions).toHaveLength(2);
    expect(told).toEqual([[article.url]]);
    expect(await listArticleVersions(target, article.id)).toEqual(await listArticleVersions(db, article.id));
    expect(await lastArticleVersion(target, article.url)).toEqual(await lastArticleVersion(db, article.url));
    expect((await exportBundle(target, { kind: 'all' })).articleVersions).toEqual(exported.articleVersions);
    const again = await restore(target, file);
    expect(again.plan.write.articleVersions).toEqual([]);
    expect(await target.articleVersions.count()).toBe(2);
  });

  test('a backup restored through the streaming reader brings its versions back', async () => {
    const { db, article } = await withVersions();
    const file = toFactmarkJson(await exportBundle(db, { kind: 'all' }), {
      exportedAt: '2025-07-06T00:00:00.000Z',
      scope: 'all',
    });
    const bytes = new TextEncoder().encode(file);
    async function* chunks() {
      for (let at = 0; at < bytes.length; at += 1_000) yield bytes.slice(at, at + 1_000);
    }
    const streamed = await readFactmarkStream(chunks());
    if (!streamed.ok) throw new Error(streamed.error);
    const target = freshDb();
    const plan = await previewImport(target, streamed.bundle, streamed.invalid, { conflict: 'keep-newer' });
    await factmarkWriter(target, async () => {}).applyImport(plan);
    expect(await target.factChecks.count()).toBe(1);
    expect(await listArticleVersions(target, article.id)).toEqual(await listArticleVersions(db, article.id));
    expect((await lastArticleVersion(target, article.url))?.text).toBe(
      TEXT.replace('En avril 2025', 'En mai 2025'),
    );
  });

  test('a version whose text does not match its fingerprint is refused, the rest imports', async () => {
    const { db } = await withVersions();
    const exported = await exportBundle(db, { kind: 'all' });
    const [first, second] = exported.articleVersions ?? [];
    const forged = { ...exported, articleVersions: [first, { ...second, text: `${TEXT} (forged)` }] };
    const target = freshDb();
    const { plan } = await restore(
      target,
      toFactmarkJson(forged as typeof exported, { exportedAt: '2025-07-06T00:00:00.000Z' }),
    );
    expect(plan.counts.invalid).toBe(1);
    expect(plan.invalid[0]).toMatchObject({ kind: 'articleVersion' });
    expect(await target.articleVersions.count()).toBe(1);
    expect(await target.factChecks.count()).toBe(1);
  });
});

describe('a dismissed change notice', () => {
  test('is kept on the version compared with, for that text only, and announced', async () => {
    const { db, writer, told } = setUp();
    const { article, factCheck } = await checkedOnText(writer);
    const version = await fingerprintOf(TEXT);
    const now = await fingerprintOf(TEXT.replace('avril', 'mai'));
    told.length = 0;
    await writer.dismissChangeNotice(article.url, version, now);
    await writer.dismissChangeNotice(article.url, version, now);
    expect(told).toEqual([[article.url], [article.url]]);
    expect((await lastArticleVersion(db, article.url))?.dismissedNotices).toEqual([now]);
    // The summaries views list say nothing of it.
    expect((await listArticleVersions(db, article.id))[0]).not.toHaveProperty('dismissedNotices');
    // A new version checked starts with no dismissal.
    await writer.update(factCheck.id, {}, `${TEXT} Plus.`);
    expect((await lastArticleVersion(db, article.url))?.dismissedNotices).toEqual([]);
  });

  test('keeps the latest dismissals only, and names a version that exists', async () => {
    const { db, writer } = setUp();
    const { article } = await checkedOnText(writer);
    const version = await fingerprintOf(TEXT);
    for (let i = 0; i <= MAX_DISMISSED_NOTICES; i++) {
      await writer.dismissChangeNotice(article.url, version, `text-${i}`);
    }
    const kept = (await lastArticleVersion(db, article.url))?.dismissedNotices ?? [];
    expect(kept).toHaveLength(MAX_DISMISSED_NOTICES);
    expect(kept.at(-1)).toBe(`text-${MAX_DISMISSED_NOTICES}`);
    expect(kept).not.toContain('text-0');
    await expect(writer.dismissChangeNotice(article.url, 'no-such-version', 'x')).rejects.toThrow(
      'No version',
    );
    await expect(writer.dismissChangeNotice('https://elsewhere.example/', version, 'x')).rejects.toThrow(
      'No version',
    );
  });
});
