import { describe, expect, test } from 'vitest';
import { getPageAnnotations } from '../../../storage/page-annotations';
import { InvalidRecordError } from '../../../storage/validate-rows';
import { factmarkWriter } from '../../../storage/writer';
import { fakeDraft } from '../factories';
import { useFreshDbs } from './fresh-db';

const freshDb = useFreshDbs('dismissals');
const at = () => new Date('2025-07-05T10:00:00.000Z');

const quote = (exact: string) => ({ type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' });

describe('"not worth checking" marks', () => {
  test('a mark is stored with the page, announced, listed with its fact-checks, and undone', async () => {
    const db = freshDb();
    const told: (readonly string[] | null)[] = [];
    const writer = factmarkWriter(db, async (urls) => void told.push(urls), at);
    const { article } = fakeDraft();
    const saved = await writer.create(fakeDraft());
    const mark = await writer.dismiss({ article, quote: quote('Cette reconnaissance constitue une étape.') });
    expect(mark).toMatchObject({ articleId: saved.article.id, createdAt: '2025-07-05T10:00:00.000Z' });
    const page = await getPageAnnotations(db, article.url);
    expect(page.dismissals).toEqual([mark]);
    expect(page.factChecks).toHaveLength(1);
    await writer.undismiss(mark.id);
    expect((await getPageAnnotations(db, article.url)).dismissals).toEqual([]);
    expect(told).toEqual([[article.url], [article.url], [article.url]]);
  });

  test('a page with no fact-check gets its article record; the same sentence twice keeps one mark', async () => {
    const db = freshDb();
    const writer = factmarkWriter(db, async () => {}, at);
    const { article } = fakeDraft();
    const first = await writer.dismiss({ article, quote: quote('Une phrase.') });
    const again = await writer.dismiss({ article, quote: quote('Une phrase.') });
    expect(again.id).toBe(first.id);
    expect(await db.dismissals.count()).toBe(1);
    expect((await db.articles.get(first.articleId))?.url).toBe(article.url);
  });

  test('a mark breaking the record rules is refused, and nothing is written', async () => {
    const db = freshDb();
    const writer = factmarkWriter(db, async () => {}, at);
    const { article } = fakeDraft();
    await expect(writer.dismiss({ article, quote: quote('') })).rejects.toThrow(InvalidRecordError);
    expect(await db.dismissals.count()).toBe(0);
    expect(await db.articles.count()).toBe(0);
  });

  test('undoing a mark already gone changes nothing and tells nobody', async () => {
    const db = freshDb();
    const told: unknown[] = [];
    const writer = factmarkWriter(db, async (urls) => void told.push(urls), at);
    await writer.undismiss('missing');
    expect(told).toEqual([]);
  });
});
