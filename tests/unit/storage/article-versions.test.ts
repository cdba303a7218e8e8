import { describe, expect, test } from 'vitest';
import { fingerprintOf } from '../../../core/model/ids';
import { articleHistory } from '../../../storage/article-history';
import {
  lastArticleVersion,
  listArticleVersions,
  MAX_VERSIONS_PER_ARTICLE,
} from '../../../storage/article-versions';
import { InvalidRecordError } from '../../../storage/validate-rows';
import { factmarkWriter } from '../../../storage/writer';
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

describe('article versions', () => {
  test('a version is stored once, compressed, with the fingerprint of its text', async () => {
    const { db, writer, told } = setUp();
    const { article } = await writer.create(fakeDraft());
    told.length = 0;
    const first = await writer.recordVersion(article.url, TEXT);
    const again = await writer.recordVersion(article.url, TEXT);
    expect(again).toEqual(first);
    expect(told).toEqual([[article.url]]);
    expect(first.fingerprint).toBe(await fingerprintOf(TEXT));
    expect(first.storedBytes).toBeLessThan(TEXT.length / 5);
    expect(await db.articleVersions.count()).toBe(1);
    expect(await lastArticleVersion(db, article.url)).toEqual({
      fingerprint: first.fingerprint,
      checkedAt: first.checkedAt,
      text: TEXT,
    });
  });

  test('the last version is the latest checked; the first is kept past the budget', async () => {
    const { db, writer } = setUp();
    const { article } = await writer.create(fakeDraft());
    const texts = Array.from({ length: MAX_VERSIONS_PER_ARTICLE + 3 }, (_, i) => `${TEXT} Version ${i}.`);
    for (const text of texts) await writer.recordVersion(article.url, text);
    const versions = await listArticleVersions(db, article.id);
    expect(versions).toHaveLength(MAX_VERSIONS_PER_ARTICLE);
    expect(versions[0]?.fingerprint).toBe(await fingerprintOf(texts[0] ?? ''));
    expect(versions[1]?.fingerprint).toBe(await fingerprintOf(texts[4] ?? ''));
    expect((await lastArticleVersion(db, article.url))?.text).toBe(texts.at(-1));
  });

  test('a page with no fact-check, an empty text or a huge one is refused', async () => {
    const { writer } = setUp();
    await expect(writer.recordVersion('https://news.example/none', TEXT)).rejects.toThrow('No fact-check');
    const { article } = await writer.create(fakeDraft());
    await expect(writer.recordVersion(article.url, '  ')).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(writer.recordVersion(article.url, 'x'.repeat(1_000_001))).rejects.toBeInstanceOf(
      InvalidRecordError,
    );
  });

  test('the history lists each version with the words changed since the one before', async () => {
    const { db, writer } = setUp();
    const { article } = await writer.create(fakeDraft());
    await writer.recordVersion(article.url, TEXT);
    await writer.recordVersion(article.url, TEXT.replace('En avril 2025', 'En mai 2025'));
    const history = await articleHistory(db, article.id);
    expect(history.map((entry) => entry.changes.map(({ op, was, now }) => [op, was, now]))).toEqual([
      [],
      [['replace', 'avril', 'mai']],
    ]);
  });
});
