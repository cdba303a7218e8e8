import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseFactmarkJson, toFactmarkExport, toFactmarkJson } from '../../../../core/exchange/factmark-json';
import { bundleArb, fakeArticle, fakeBundle, fakeClaim, fakeFactCheck } from './arbitraries';

const exportedAt = '2024-06-01T12:00:00.000Z';

function fileWith(rows: { articles?: unknown[]; claims?: unknown[]; factChecks?: unknown[] }): string {
  return JSON.stringify({ ...toFactmarkExport(fakeBundle(), { exportedAt }), ...rows });
}

describe('toFactmarkJson', () => {
  test('writes the metadata first, apart from the rows', () => {
    const parsed = JSON.parse(toFactmarkJson(fakeBundle(), { exportedAt, scope: 'site:news.example.org' }));
    expect(Object.keys(parsed)).toEqual([
      'format',
      'version',
      'exportedAt',
      'scope',
      'articles',
      'claims',
      'factChecks',
      'dismissals',
      'articleVersions',
      'publishedReviews',
    ]);
    expect(parsed).toMatchObject({
      format: 'factmark',
      version: 1,
      exportedAt,
      scope: 'site:news.example.org',
    });
  });

  test('leaves out the scope when there is none', () => {
    expect(toFactmarkExport(fakeBundle(), { exportedAt })).not.toHaveProperty('scope');
  });

  test('export then parse gives identical records (property)', () => {
    fc.assert(
      fc.property(bundleArb, (bundle) => {
        const result = parseFactmarkJson(toFactmarkJson(bundle, { exportedAt }));
        expect(result).toEqual({
          ok: true,
          bundle: { dismissals: [], articleVersions: [], publishedReviews: [], ...bundle },
          invalid: [],
          exportedAt,
        });
      }),
      { numRuns: 150 },
    );
  });
});

describe('parseFactmarkJson', () => {
  test.each([
    ['a JSON array', '[]', 'This is not a Factmark export: expected a JSON object.'],
    ['another format', '{"format": "dexie"}', 'This is not a Factmark export: "format" is not "factmark".'],
    [
      'a newer version',
      '{"format": "factmark", "version": 2}',
      'This file was made by a newer Factmark (format version 2); update Factmark to import it.',
    ],
    [
      'rows that are not lists',
      JSON.stringify({
        format: 'factmark',
        version: 1,
        exportedAt,
        articles: {},
        claims: [],
        factChecks: [],
      }),
      'This Factmark export is damaged: articles must be a list.',
    ],
    [
      'a missing export date',
      JSON.stringify({ format: 'factmark', version: 1, articles: [], claims: [], factChecks: [] }),
      'This Factmark export is damaged: "exportedAt" is missing.',
    ],
  ])('refuses %s', (_name, text, error) => {
    expect(parseFactmarkJson(text)).toEqual({ ok: false, error });
  });

  test.each([
    [
      'an invalid fact-check',
      { factChecks: [fakeFactCheck({ note: 'x'.repeat(20_001) })] },
      [{ kind: 'factCheck', index: 0, reason: expect.stringContaining('the limit is 20000') }],
    ],
    [
      'a duplicate fact-check id',
      { factChecks: [fakeFactCheck(), fakeFactCheck()] },
      [{ kind: 'factCheck', index: 1, reason: expect.stringContaining('same id as record 1') }],
    ],
    [
      'a fact-check whose claim is missing',
      { factChecks: [fakeFactCheck({ claimId: 'nowhere' })] },
      [{ kind: 'factCheck', index: 0, reason: 'its claim nowhere is missing from the file or invalid' }],
    ],
    [
      'a fact-check naming another article than its claim',
      {
        articles: [fakeArticle(), fakeArticle({ id: 'article-2' })],
        factChecks: [fakeFactCheck({ articleId: 'article-2' })],
      },
      [
        {
          kind: 'factCheck',
          index: 0,
          reason: expect.stringContaining('its claim belongs to article article-1'),
        },
      ],
    ],
    [
      'an invalid article, refusing its claim and fact-check too',
      { articles: [fakeArticle({ url: 'javascript:alert(1)' })] },
      [
        { kind: 'article', index: 0, id: 'article-1', reason: expect.stringContaining('javascript: scheme') },
        {
          kind: 'claim',
          index: 0,
          id: 'claim-1',
          reason: 'its article article-1 is missing from the file or invalid',
        },
        { kind: 'factCheck', index: 0, reason: 'its claim claim-1 is missing from the file or invalid' },
      ],
    ],
    [
      'a row that is not an object',
      { claims: [fakeClaim(), 'claim'] },
      [{ kind: 'claim', index: 1, reason: expect.stringContaining('should be Object') }],
    ],
  ])('reports %s and keeps the valid rows', (_name, rows, invalid) => {
    const result = parseFactmarkJson(fileWith(rows));
    if (!result.ok) throw new Error(result.error);
    expect(result.invalid).toEqual(invalid.map((item) => expect.objectContaining(item)));
  });

  test('keeps HTML in text fields as plain text', () => {
    const note = '<img src=x onerror="alert(1)">';
    const result = parseFactmarkJson(toFactmarkJson(fakeBundle({ note }), { exportedAt }));
    expect(result.ok && result.bundle.factChecks[0]?.note).toBe(note);
  });
});

test('a file exported before desks, with no author field and no dismissals list, still imports', () => {
  const { author: _author, ...oldFactCheck } = { ...fakeFactCheck(), author: undefined };
  const old = JSON.stringify({
    format: 'factmark',
    version: 1,
    exportedAt,
    articles: [fakeArticle()],
    claims: [fakeClaim()],
    factChecks: [oldFactCheck],
  });
  expect(old).not.toContain('author');
  const result = parseFactmarkJson(old);
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.invalid).toEqual([]);
  expect(result.bundle.factChecks).toHaveLength(1);
  expect(result.bundle.factChecks[0]).not.toHaveProperty('author');
});
