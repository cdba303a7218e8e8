import { describe, expect, test } from 'vitest';
import { toW3cAnnotation } from '../../../../core/exchange/w3c-export';
import { looksLikeW3c, readW3cAnnotations } from '../../../../core/exchange/w3c-import';
import { fakeArticle, fakeClaim, fakeFactCheck } from './arbitraries';

/** A minimal annotation as another tool (e.g. Hypothesis-like) would write it. */
function foreign(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'https://annotations.example/a/1',
    type: 'Annotation',
    motivation: 'commenting',
    created: '2024-01-01T10:00:00Z',
    body: { type: 'TextualBody', value: 'Not what the report says.' },
    target: {
      source: 'https://www.news.example.org/story',
      selector: [
        { type: 'TextQuoteSelector', exact: 'GDP doubled', prefix: 'says ', suffix: ' in' },
        { type: 'TextPositionSelector', start: 10, end: 21 },
      ],
    },
    ...overrides,
  };
}

const factmarkAnnotation = toW3cAnnotation({
  factCheck: fakeFactCheck(),
  claim: fakeClaim(),
  article: fakeArticle(),
});

describe('readW3cAnnotations', () => {
  test.each([
    ['a single annotation', foreign()],
    ['a list of annotations', [foreign()]],
    [
      'a collection with an embedded first page',
      { type: 'AnnotationCollection', first: { items: [foreign()] } },
    ],
    ['a collection with items', { type: 'AnnotationCollection', items: [foreign()] }],
    ['an annotation page', { type: 'AnnotationPage', items: [foreign()] }],
  ])('reads %s', (_name, value) => {
    const result = readW3cAnnotations(value);
    expect(result.ok && result.bundle.factChecks.map((factCheck) => factCheck.id)).toEqual([
      'https://annotations.example/a/1',
    ]);
  });

  test('a desk member’s fact-check keeps its author through W3C (creator)', () => {
    const annotation = toW3cAnnotation({
      factCheck: fakeFactCheck({ author: 'alice' }),
      claim: fakeClaim(),
      article: fakeArticle(),
    });
    expect(annotation.creator).toEqual({ type: 'Person', name: 'alice' });
    const result = readW3cAnnotations(JSON.parse(JSON.stringify(annotation)));
    expect(result.ok && result.bundle.factChecks[0]?.author).toBe('alice');
    expect(
      toW3cAnnotation({ factCheck: fakeFactCheck(), claim: fakeClaim(), article: fakeArticle() }),
    ).not.toHaveProperty('creator');
    const iri = readW3cAnnotations(foreign({ creator: 'https://annotations.example/users/7' }));
    expect(iri.ok && iri.bundle.factChecks[0]).not.toHaveProperty('author');
  });

  test('follows embedded next pages', () => {
    const second = foreign({ id: 'https://annotations.example/a/2' });
    const value = { type: 'AnnotationCollection', first: { items: [foreign()], next: { items: [second] } } };
    expect(readW3cAnnotations(value).ok && readW3cAnnotations(value)).toMatchObject({
      bundle: { factChecks: [{}, {}] },
    });
  });

  test.each([
    [
      { type: 'AnnotationCollection', first: 'https://x.example/page1' },
      'on a linked page (https://x.example/page1)',
    ],
    [
      { type: 'AnnotationCollection', first: { items: [], next: 'https://x.example/p2' } },
      'continue on a linked page',
    ],
    [{ type: 'AnnotationCollection', total: 0 }, 'holds no annotations'],
  ])('refuses %j', (value, message) => {
    const result = readW3cAnnotations(value);
    expect(result.ok ? '' : result.error).toContain(message);
  });

  test('maps a foreign annotation with defaults', () => {
    const result = readW3cAnnotations(foreign());
    if (!result.ok) throw new Error(result.error);
    expect(result.bundle).toEqual({
      articles: [
        {
          id: 'https://www.news.example.org/story',
          url: 'https://www.news.example.org/story',
          site: 'news.example.org',
          title: '',
          siteName: null,
          lang: '',
          byline: null,
          publishedTime: null,
          fingerprint: '',
          createdAt: '2024-01-01T10:00:00.000Z',
          updatedAt: '2024-01-01T10:00:00.000Z',
        },
      ],
      claims: [
        {
          id: 'claim:https://annotations.example/a/1',
          articleId: 'https://www.news.example.org/story',
          text: 'GDP doubled',
          quote: { type: 'TextQuoteSelector', exact: 'GDP doubled', prefix: 'says ', suffix: ' in' },
          position: { type: 'TextPositionSelector', start: 10, end: 21 },
          origin: 'manual',
          score: null,
          createdAt: '2024-01-01T10:00:00.000Z',
        },
      ],
      factChecks: [
        {
          id: 'https://annotations.example/a/1',
          claimId: 'claim:https://annotations.example/a/1',
          articleId: 'https://www.news.example.org/story',
          verdict: null,
          sources: [],
          note: 'Not what the report says.',
          tags: [],
          createdAt: '2024-01-01T10:00:00.000Z',
          updatedAt: '2024-01-01T10:00:00.000Z',
        },
      ],
    });
  });

  test.each([
    [
      'an assessing body in words',
      { body: { type: 'TextualBody', purpose: 'assessing', value: 'Mostly False' } },
      { verdict: 'mostly-false' },
    ],
    [
      'tags, a bare IRI source and a bodyValue',
      {
        bodyValue: 'First.',
        body: [{ type: 'TextualBody', purpose: 'tagging', value: 'gdp' }, 'https://stats.example/gdp'],
      },
      {
        note: 'First.',
        tags: ['gdp'],
        sources: [{ url: 'https://stats.example/gdp', title: '', stance: 'context' }],
      },
    ],
    [
      'a linking body given by its own id',
      { body: { id: 'https://src.example/doc', purpose: 'linking' } },
      { sources: [{ url: 'https://src.example/doc', title: '', stance: 'context' }] },
    ],
    ['compact oa: types', { type: 'oa:Annotation' }, { note: 'Not what the report says.' }],
  ])('reads %s', (_name, overrides, expected) => {
    const result = readW3cAnnotations(foreign(overrides));
    if (!result.ok) throw new Error(result.error);
    expect(result.invalid).toEqual([]);
    expect(result.bundle.factChecks[0]).toMatchObject(expected);
  });

  test('uses articleIdFor for articles without the Factmark extension', () => {
    const result = readW3cAnnotations(foreign(), { articleIdFor: (url) => `article:${url.length}` });
    expect(result.ok && result.bundle.articles[0]?.id).toBe('article:34');
  });

  test.each([
    [
      'no TextQuoteSelector',
      { target: 'https://news.example.org/story' },
      'its target has no TextQuoteSelector',
    ],
    ['no id', { id: undefined }, 'it has no id'],
    ['no date', { created: undefined }, 'it has no creation date'],
    [
      'a verdict off the scale',
      { body: { purpose: 'assessing', value: 'pants on fire' } },
      'is not one of true',
    ],
    [
      'two verdicts',
      {
        body: [
          { purpose: 'assessing', value: 'true' },
          { purpose: 'assessing', value: 'false' },
        ],
      },
      'more than one verdict',
    ],
    [
      'a javascript: target',
      { target: { source: 'javascript:alert(1)', selector: { type: 'TextQuoteSelector', exact: 'x' } } },
      'uses the javascript: scheme',
    ],
    ['a javascript: source', { body: 'javascript:alert(1)' }, 'uses the javascript: scheme'],
    [
      'a badly encoded Factmark id',
      { id: 'urn:factmark:fact-check:%E0%A4%A' },
      'not correctly percent-encoded',
    ],
    ['another type', { type: 'Note' }, 'it is not a W3C Annotation'],
    [
      'an unknown field in the Factmark extension',
      { 'factmark:claim': { id: 'c', extra: true } },
      'its claim is invalid: unexpected field "extra"',
    ],
  ])('refuses an annotation with %s, keeping the others', (_name, overrides, reason) => {
    const result = readW3cAnnotations([
      foreign(overrides),
      foreign({ id: 'https://annotations.example/a/2' }),
    ]);
    if (!result.ok) throw new Error(result.error);
    expect(result.invalid).toEqual([
      { kind: 'annotation', index: 0, reason: expect.stringContaining(reason) },
    ]);
    expect(result.bundle.factChecks).toHaveLength(1);
  });

  test('refuses a repeated annotation id', () => {
    const result = readW3cAnnotations([factmarkAnnotation, factmarkAnnotation]);
    expect(result.ok && result.invalid).toEqual([
      { kind: 'annotation', index: 1, reason: 'it has the same id as annotation 1' },
    ]);
  });

  test('refuses a second, different copy of the same claim', () => {
    const other = { ...factmarkAnnotation, id: 'urn:uuid:00000000-0000-4000-8000-000000000000' };
    const changed = {
      ...other,
      'factmark:claim': { ...factmarkAnnotation['factmark:claim'], text: 'Changed.' },
    };
    const result = readW3cAnnotations([factmarkAnnotation, changed]);
    expect(result.ok && result.invalid[0]?.reason).toBe(
      'it describes claim claim-1 differently from an earlier annotation',
    );
  });

  test('merges foreign annotations on one article, widening its dates', () => {
    const later = foreign({ id: 'https://annotations.example/a/2', created: '2024-03-01T00:00:00Z' });
    const result = readW3cAnnotations([later, foreign()]);
    expect(result.ok && result.bundle.articles).toEqual([
      expect.objectContaining({
        createdAt: '2024-01-01T10:00:00.000Z',
        updatedAt: '2024-03-01T00:00:00.000Z',
      }),
    ]);
  });
});

test.each([
  [foreign(), true],
  [[foreign()], true],
  [{ type: 'AnnotationCollection' }, true],
  [{ type: ['AnnotationPage'] }, true],
  [{ format: 'factmark' }, false],
  [[], false],
  ['Annotation', false],
])('looksLikeW3c(%j) is %s', (value, expected) => {
  expect(looksLikeW3c(value)).toBe(expected);
});
