import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { describeIssues } from '../../../../core/exchange/issues';
import {
  ArticleRecordSchema,
  ClaimRecordSchema,
  FactCheckRecordSchema,
} from '../../../../core/exchange/record-schemas';
import { bundleArb, fakeArticle, fakeClaim, fakeFactCheck } from './arbitraries';

function problem<T>(schema: v.GenericSchema<T>, value: unknown): string | null {
  const result = v.safeParse(schema, value);
  return result.success ? null : describeIssues(result.issues);
}

describe('FactCheckRecordSchema', () => {
  test('accepts a valid fact-check and returns an equal, fresh object', () => {
    const record = fakeFactCheck();
    const result = v.parse(FactCheckRecordSchema, record);
    expect(result).toEqual(record);
    expect(result).not.toBe(record);
  });

  test.each([
    ['note at the limit', { note: 'x'.repeat(20_000) }],
    ['HTML in the note, kept as text', { note: '<img src=x onerror=alert(1)><script>alert(1)</script>' }],
    ['no verdict yet', { verdict: null }],
    ['50 sources', { sources: Array(50).fill(fakeFactCheck().sources[0]) }],
    ['50 tags of 64 characters', { tags: Array(50).fill('t'.repeat(64)) }],
  ])('accepts %s', (_name, overrides) => {
    const record = fakeFactCheck(overrides);
    expect(problem(FactCheckRecordSchema, record)).toBeNull();
    expect(v.parse(FactCheckRecordSchema, record)).toEqual(record);
  });

  test('accepts a time zone offset and gives the instant back in UTC, as storage keeps it', () => {
    const record = fakeFactCheck({ updatedAt: '2024-05-03T11:00:00+02:00' });
    expect(v.parse(FactCheckRecordSchema, record)).toEqual({
      ...record,
      updatedAt: '2024-05-03T09:00:00.000Z',
    });
  });

  test.each([
    [
      'a note over 20,000 characters',
      { note: 'x'.repeat(20_001) },
      'note is 20001 characters long; the limit is 20000',
    ],
    ['a verdict off the scale', { verdict: 'pants-on-fire' }, 'verdict must be one of true, mostly-true'],
    ['51 sources', { sources: Array(51).fill(fakeFactCheck().sources[0]) }, 'at most 50 sources'],
    ['51 tags', { tags: Array(51).fill('t') }, 'at most 50 tags'],
    ['a 65-character tag', { tags: ['t'.repeat(65)] }, 'tag is 65 characters long; the limit is 64'],
    ['an empty tag', { tags: [''] }, 'tag is empty'],
    [
      'a javascript: source',
      { sources: [{ url: 'javascript:alert(1)', title: 'x', stance: 'supports' }] },
      'uses the javascript: scheme; only http and https addresses are allowed',
    ],
    [
      'a data: source',
      { sources: [{ url: 'data:text/html,<script>alert(1)</script>', title: 'x', stance: 'context' }] },
      'uses the data: scheme',
    ],
    [
      'a file: source',
      { sources: [{ url: 'file:///etc/passwd', title: 'x', stance: 'context' }] },
      'uses the file: scheme',
    ],
    [
      'a relative source',
      { sources: [{ url: '/about', title: 'x', stance: 'context' }] },
      'is not a valid web address',
    ],
    [
      'a bad stance',
      { sources: [{ url: 'https://a.example', title: 'x', stance: 'agrees' }] },
      'source stance',
    ],
    ['a date without time zone', { createdAt: '2024-05-02T10:02:00' }, 'is not an ISO 8601 date and time'],
    ['a date in words', { updatedAt: 'yesterday' }, '"yesterday" is not an ISO 8601 date and time'],
    ['an empty id', { id: '' }, 'id is empty'],
    ['a blank id', { id: '   ' }, 'id is blank'],
    ['an unknown field', { extra: 1 }, 'unexpected field "extra"'],
    ['a missing field', { note: undefined }, '"note" is missing'],
    ['a number for a note', { note: 42 }, 'note must be text'],
  ])('refuses %s', (_name, overrides, message) => {
    const record: Record<string, unknown> = { ...fakeFactCheck(), ...overrides };
    if ('note' in overrides && overrides.note === undefined) delete record.note;
    expect(problem(FactCheckRecordSchema, record)).toContain(message);
  });

  test('refuses a URL with a space or a control character', () => {
    const record = fakeFactCheck({
      sources: [{ url: 'https://a.example/a b', title: '', stance: 'context' }],
    });
    expect(problem(FactCheckRecordSchema, record)).toContain('contains spaces or control characters');
  });
});

describe('ArticleRecordSchema and ClaimRecordSchema', () => {
  test.each([
    ['a javascript: article URL', { url: 'javascript:alert(document.cookie)' }, 'article URL'],
    ['a URL over 2,048 characters', { url: `https://a.example/${'x'.repeat(2048)}` }, 'the limit is 2048'],
    ['a title over 1,000 characters', { title: 'x'.repeat(1001) }, 'title is 1001 characters long'],
  ])('refuses an article with %s', (_name, overrides, message) => {
    expect(problem(ArticleRecordSchema, fakeArticle(overrides))).toContain(message);
  });

  test('keeps a free-form published time as the page states it', () => {
    expect(problem(ArticleRecordSchema, fakeArticle({ publishedTime: 'May 5th, 2024' }))).toBeNull();
  });

  test.each([
    ['a quote over 5,000 characters', { text: 'x'.repeat(5001) }, 'claim text is 5001 characters long'],
    [
      'a position ending before it starts',
      { position: { type: 'TextPositionSelector', start: 10, end: 5 } },
      'ends before it starts',
    ],
    [
      'a fractional position',
      { position: { type: 'TextPositionSelector', start: 1.5, end: 5 } },
      'whole number',
    ],
    ['a score above 1', { score: 1.5 }, 'score must be between 0 and 1'],
    ['an unknown origin', { origin: 'imported' }, 'claim origin'],
  ])('refuses a claim with %s', (_name, overrides, message) => {
    expect(problem(ClaimRecordSchema, { ...fakeClaim(), ...overrides })).toContain(message);
  });
});

test('every generated record is valid (the arbitraries match the schemas)', () => {
  fc.assert(
    fc.property(bundleArb, (bundle) => {
      for (const article of bundle.articles) expect(problem(ArticleRecordSchema, article)).toBeNull();
      for (const claim of bundle.claims) expect(problem(ClaimRecordSchema, claim)).toBeNull();
      for (const factCheck of bundle.factChecks) expect(problem(FactCheckRecordSchema, factCheck)).toBeNull();
    }),
    { numRuns: 200 },
  );
});
