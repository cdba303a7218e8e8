/**
 * Article versions in Factmark JSON (#15): written as plain text with their fingerprint and date,
 * read back the same by the whole-file and the streaming readers, checked row by row (schema,
 * article in the file, one per article and fingerprint, fingerprint matching the text), and
 * planned for writing once per fingerprint; files written before versions still read.
 */
import { describe, expect, test } from 'vitest';
import { planImport } from '../../../../core/exchange/import-plan';
import { parseFactmarkJson, toFactmarkExport, toFactmarkJson } from '../../../../core/exchange/factmark-json';
import { readFactmarkStream } from '../../../../core/exchange/read-factmark-stream';
import { verifyVersionFingerprints } from '../../../../core/exchange/verify-versions';
import type { ArticleVersionEntry } from '../../../../core/model/article-version';
import { fingerprintOf } from '../../../../core/model/ids';
import { fakeBundle } from './arbitraries';

const exportedAt = '2025-07-06T00:00:00.000Z';
const TEXT = 'En avril 2025, la justice russe a retiré les talibans de sa liste.';

async function version(
  text: string,
  overrides: Partial<ArticleVersionEntry> = {},
): Promise<ArticleVersionEntry> {
  return {
    articleId: 'article-1',
    fingerprint: await fingerprintOf(text),
    checkedAt: '2025-07-05T10:00:00.000Z',
    text,
    ...overrides,
  };
}

async function* whole(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}

describe('article versions in Factmark JSON', () => {
  test('are written as plain text and read back the same, whole or streamed', async () => {
    const versions = [await version(TEXT), await version(TEXT.replace('avril', 'mai'))];
    const text = toFactmarkJson({ ...fakeBundle(), articleVersions: versions }, { exportedAt });
    expect(JSON.parse(text).articleVersions[1].text).toContain('En mai 2025');
    const parsed = parseFactmarkJson(text);
    expect(parsed.ok && parsed.bundle.articleVersions).toEqual(versions);
    expect(parsed.ok && parsed.invalid).toEqual([]);
    const streamed = await readFactmarkStream(whole(text));
    expect(streamed.ok && streamed.bundle.articleVersions).toEqual(versions);
  });

  test('a file written before versions were exported still reads, with none', () => {
    const older = toFactmarkExport(fakeBundle(), { exportedAt }) as unknown as Record<string, unknown>;
    delete older.articleVersions;
    const parsed = parseFactmarkJson(JSON.stringify(older));
    expect(parsed.ok && parsed.bundle.factChecks).toHaveLength(1);
    expect(parsed.ok && parsed.bundle.articleVersions).toEqual([]);
  });

  test.each([
    ['an article not in the file', { articleId: 'elsewhere' }, 'missing from the file'],
    ['an empty text', { text: '' }, 'version text is empty'],
    ['a blank text', { text: '   ' }, 'version text is blank'],
    ['a text past the budget', { text: 'x'.repeat(1_000_001) }, 'the limit is 1000000'],
    ['a date that is not one', { checkedAt: 'yesterday' }, 'not an ISO 8601'],
    ['an unknown field', { gzip: 'H4sI' }, 'gzip'],
  ])('refuses a version with %s, keeping the rest', async (_name, change, reason) => {
    const good = await version(TEXT);
    const bad = { ...(await version(TEXT.replace('avril', 'juin'))), ...change };
    const text = JSON.stringify({
      ...toFactmarkExport(fakeBundle(), { exportedAt }),
      articleVersions: [good, bad],
    });
    const parsed = parseFactmarkJson(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.bundle.articleVersions).toEqual([good]);
    expect(parsed.bundle.factChecks).toHaveLength(1);
    expect(parsed.invalid).toEqual([expect.objectContaining({ kind: 'articleVersion', index: 1 })]);
    expect(parsed.invalid[0]?.reason).toContain(reason);
  });

  test('refuses the same article and fingerprint twice', async () => {
    const good = await version(TEXT);
    const text = JSON.stringify({
      ...toFactmarkExport(fakeBundle(), { exportedAt }),
      articleVersions: [good, { ...good, checkedAt: '2025-07-06T10:00:00.000Z' }],
    });
    const parsed = parseFactmarkJson(text);
    expect(parsed.ok && parsed.bundle.articleVersions).toEqual([good]);
    expect(parsed.ok && parsed.invalid[0]?.reason).toContain('repeats version 1');
  });

  test('a version whose fingerprint is not its text’s is refused before planning', async () => {
    const good = await version(TEXT);
    const forged = { ...(await version(TEXT)), text: TEXT.replace('avril', 'mai') };
    const { bundle, invalid } = await verifyVersionFingerprints({
      ...fakeBundle(),
      articleVersions: [good, forged],
    });
    expect(bundle.articleVersions).toEqual([good]);
    expect(invalid).toEqual([
      expect.objectContaining({
        kind: 'articleVersion',
        id: forged.fingerprint,
        reason: expect.stringContaining('does not match'),
      }),
    ]);
  });

  test('the plan writes a version once: not when stored, not twice from one file', async () => {
    const kept = await version(TEXT);
    const fresh = await version(TEXT.replace('avril', 'mai'));
    const incoming = { ...fakeBundle(), articleVersions: [kept, fresh, { ...fresh }] };
    const plan = planImport(
      { articles: [], claims: [], factChecks: [], storedVersions: [kept] },
      incoming,
      [],
      { conflict: 'keep-newer' },
    );
    expect(plan.write.articleVersions).toEqual([fresh]);
    const again = planImport({ articles: [], claims: [], factChecks: [] }, incoming, [], {
      conflict: 'keep-newer',
    });
    expect(again.write.articleVersions).toEqual([kept, fresh]);
  });
});
