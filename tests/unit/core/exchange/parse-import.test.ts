import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { toFactmarkJson } from '../../../../core/exchange/factmark-json';
import { parseImport } from '../../../../core/exchange/parse-import';
import {
  ArticleRecordSchema,
  ClaimRecordSchema,
  FactCheckRecordSchema,
} from '../../../../core/exchange/record-schemas';
import { toW3cJson } from '../../../../core/exchange/w3c-export';
import { bundleArb, fakeBundle } from './arbitraries';

const exportedAt = '2024-06-01T12:00:00.000Z';

describe('parseImport', () => {
  test.each([
    [
      'a Factmark export',
      toFactmarkJson(fakeBundle(), { exportedAt }),
      'factmark',
      { dismissals: [], articleVersions: [], publishedReviews: [] },
    ],
    ['a W3C collection', toW3cJson(fakeBundle(), { exportedAt }), 'w3c', {}],
  ])('recognises %s', (_name, text, format, extra) => {
    expect(parseImport(text)).toEqual({
      ok: true,
      bundle: { ...fakeBundle(), ...extra },
      invalid: [],
      format,
    });
  });

  test.each([
    ['not JSON', 'factmark', 'The file is not valid JSON'],
    ['a number', '42', 'neither a Factmark export nor W3C Web Annotation data'],
    ['another JSON object', '{"name": "bookmarks"}', 'neither a Factmark export nor W3C Web Annotation data'],
    ['ClaimReview', '{"@type": "ClaimReview"}', 'ClaimReview files cannot be imported'],
    ['a damaged Factmark export', '{"format": "factmark", "version": 1}', 'This Factmark export is damaged'],
    ['a file over 10 MiB', `"${'x'.repeat(10 * 1024 * 1024)}"`, 'Factmark imports files up to 10 MiB'],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const result = parseImport(text);
    expect(result.ok ? '' : result.error).toContain(message);
  });
});

/** Files of every kind of wrongness: random JSON, broken and hostile exports. */
const hostileText = fc.oneof(
  fc.json({ maxDepth: 6 }),
  fc.string(),
  bundleArb.map((bundle) => toFactmarkJson(bundle, { exportedAt })),
  bundleArb.map((bundle) => toW3cJson(bundle, { exportedAt })),
  // Truncated files.
  fc.tuple(bundleArb, fc.double({ min: 0, max: 1, noNaN: true })).map(([bundle, cut]) => {
    const text = toW3cJson(bundle, { exportedAt });
    return text.slice(0, Math.floor(text.length * cut));
  }),
  // Records with a value swapped for a hostile one.
  fc
    .tuple(
      bundleArb,
      fc.constantFrom(
        'javascript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        '<script>alert(1)</script>',
        'x'.repeat(30_000),
        null,
        -1,
        JSON.parse('{"__proto__": {"polluted": true}}'),
      ),
      fc.nat(),
    )
    .map(([bundle, bad, at]) => {
      const text = toFactmarkJson(bundle, { exportedAt });
      const strings = [...text.matchAll(/"(?:[^"\\]|\\.)*"/gu)];
      const target = strings[at % strings.length];
      if (!target || target.index === undefined) return text;
      return `${text.slice(0, target.index)}${JSON.stringify(bad)}${text.slice(target.index + target[0].length)}`;
    }),
  fc.constantFrom(
    '{"format":"factmark","version":1,"exportedAt":"2024-01-01T00:00:00Z","articles":[],"claims":[],"factChecks":[],"__proto__":{"polluted":true}}',
    '[{"type":"Annotation","constructor":{"prototype":{"polluted":true}}}]',
    `${'['.repeat(5000)}${']'.repeat(5000)}`,
    `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`,
    '{"type":"AnnotationCollection","first":{"items":[{"type":"Annotation","id":"x","created":"2024-01-01T00:00:00Z","target":{"source":"javascript:alert(1)","selector":{"type":"TextQuoteSelector","exact":"a"}}}]}}',
  ),
);

test('never throws on malformed or hostile input, and returns only valid records (fuzz)', () => {
  fc.assert(
    fc.property(hostileText, (text) => {
      const result = parseImport(text);
      if (!result.ok) {
        expect(result.error.length).toBeGreaterThan(0);
        return;
      }
      for (const article of result.bundle.articles) expect(v.is(ArticleRecordSchema, article)).toBe(true);
      for (const claim of result.bundle.claims) expect(v.is(ClaimRecordSchema, claim)).toBe(true);
      for (const factCheck of result.bundle.factChecks)
        expect(v.is(FactCheckRecordSchema, factCheck)).toBe(true);
      for (const source of result.bundle.factChecks.flatMap((factCheck) => factCheck.sources)) {
        expect(source.url).toMatch(/^https?:/iu);
      }
    }),
    { numRuns: 400 },
  );
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
});
