import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { FactmarkBundle } from '../../../../core/exchange/bundle';
import { toW3cCollection, toW3cJson } from '../../../../core/exchange/w3c-export';
import { readW3cAnnotations } from '../../../../core/exchange/w3c-import';
import { bundleArb, fakeArticle, fakeBundle, fakeClaim, fakeFactCheck } from './arbitraries';

const exportedAt = '2024-06-01T12:00:00.000Z';

/** The part of a bundle W3C carries: fact-checks with their claims and articles, sorted by id. */
function carried(bundle: FactmarkBundle): FactmarkBundle {
  const claimIds = new Set(bundle.factChecks.map((factCheck) => factCheck.claimId));
  const articleIds = new Set(bundle.factChecks.map((factCheck) => factCheck.articleId));
  const byId = <T extends { id: string }>(records: T[]) =>
    [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    articles: byId(bundle.articles.filter((article) => articleIds.has(article.id))),
    claims: byId(bundle.claims.filter((claim) => claimIds.has(claim.id))),
    factChecks: byId(bundle.factChecks),
  };
}

/** The JSON text without any `factmark:` extension property, as a tool ignoring it would see it. */
function withoutExtension(json: string): unknown {
  return JSON.parse(json, (key, value) =>
    key.startsWith('factmark:') || key === '@context' ? undefined : value,
  );
}

describe('toW3cCollection', () => {
  const collection = toW3cCollection(fakeBundle(), { exportedAt });
  const annotation = collection.first.items[0];

  test('is an AnnotationCollection whose first page holds the annotations', () => {
    expect(collection).toMatchObject({
      '@context': ['http://www.w3.org/ns/anno.jsonld', { factmark: 'urn:factmark:' }],
      id: 'urn:factmark:export:2024-06-01T12:00:00.000Z',
      type: 'AnnotationCollection',
      total: 1,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
  });

  test('writes an assessing annotation with the claim passage as target', () => {
    expect(annotation).toMatchObject({
      id: 'urn:uuid:3f2c8a1e-5b7d-4c9a-8e21-0d6b4f1a2c3e',
      type: 'Annotation',
      motivation: 'assessing',
      created: '2024-05-02T10:02:00.000Z',
      modified: '2024-05-03T09:00:00.000Z',
      target: {
        type: 'SpecificResource',
        source: 'https://news.example.org/2024/05/budget',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'Unemployment fell by 40% last year.',
            prefix: 'The minister said: ',
            suffix: ' Critics disagree.',
          },
          { type: 'TextPositionSelector', start: 120, end: 155 },
        ],
        state: { type: 'TimeState', sourceDate: '2024-05-02T10:01:00.000Z' },
        'factmark:article': { id: 'article-1', title: 'Budget: what the minister said' },
      },
    });
  });

  test('writes verdict, note, tags and sources as bodies', () => {
    expect(annotation?.body).toEqual([
      { type: 'TextualBody', purpose: 'assessing', value: 'mostly-false', format: 'text/plain' },
      {
        type: 'TextualBody',
        purpose: 'commenting',
        value: 'The figure is 4%, not 40%.',
        format: 'text/plain',
      },
      { type: 'TextualBody', purpose: 'tagging', value: 'economy', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'figures', format: 'text/plain' },
      {
        type: 'SpecificResource',
        purpose: 'linking',
        source: 'https://stats.example.gov/unemployment',
        selector: { type: 'TextQuoteSelector', exact: 'Unemployment fell by 4%.' },
        'factmark:title': 'Official unemployment figures',
        'factmark:stance': 'refutes',
      },
    ]);
  });

  test.each([
    ['3f2c8a1e-5b7d-4c9a-8e21-0d6b4f1a2c3e', 'urn:uuid:3f2c8a1e-5b7d-4c9a-8e21-0d6b4f1a2c3e'],
    ['fc 1/é', 'urn:factmark:fact-check:fc%201%2F%C3%A9'],
  ])('gives fact-check %j the IRI %s', (id, iri) => {
    expect(toW3cCollection(fakeBundle({ id }), { exportedAt }).first.items[0]?.id).toBe(iri);
  });

  test('leaves out the body of a fact-check with nothing in it yet', () => {
    const empty = fakeBundle({ verdict: null, note: '', tags: [], sources: [] });
    expect(toW3cCollection(empty, { exportedAt }).first.items[0]).not.toHaveProperty('body');
  });

  test('throws on a bundle missing the claim of a fact-check', () => {
    const broken = { articles: [fakeArticle()], claims: [], factChecks: [fakeFactCheck()] };
    expect(() => toW3cCollection(broken, { exportedAt })).toThrow('missing from the bundle');
  });
});

describe('the article version a claim was checked on', () => {
  const checked = { checkedFingerprint: 'ab12cd34', checkedAt: '2025-07-03T10:12:00.000Z' };
  const bundle = { ...fakeBundle(), claims: [{ ...fakeClaim(), ...checked }] };

  test('is the TimeState: its date and the fingerprint of the text judged', () => {
    expect(toW3cCollection(bundle, { exportedAt }).first.items[0]?.target.state).toEqual({
      type: 'TimeState',
      sourceDate: checked.checkedAt,
      'factmark:fingerprint': checked.checkedFingerprint,
    });
  });

  test('is recorded the same when the claim changed since (the quote stays the text as checked)', () => {
    const changed = { ...bundle, changedClaims: [{ claimId: 'claim-1', now: 'Unemployment fell by 4%.' }] };
    const [item] = toW3cCollection(changed, { exportedAt }).first.items;
    expect(item?.target.state).toEqual({
      type: 'TimeState',
      sourceDate: checked.checkedAt,
      'factmark:fingerprint': checked.checkedFingerprint,
    });
    expect(JSON.stringify(item)).toContain('Unemployment fell by 40% last year.');
  });

  test('comes back on import', () => {
    const result = readW3cAnnotations(JSON.parse(toW3cJson(bundle, { exportedAt })));
    if (!result.ok) throw new Error(result.error);
    expect(result.bundle.claims[0]).toMatchObject(checked);
  });
});

describe('Factmark → W3C → Factmark', () => {
  test('keeps every record W3C carries, field for field (property)', () => {
    fc.assert(
      fc.property(bundleArb, (bundle) => {
        const result = readW3cAnnotations(JSON.parse(toW3cJson(bundle, { exportedAt })));
        if (!result.ok) throw new Error(result.error);
        expect(result.invalid).toEqual([]);
        expect(carried(result.bundle)).toEqual(carried(bundle));
      }),
      { numRuns: 150 },
    );
  });

  test('without the Factmark extension, keeps the standard fields (property)', () => {
    fc.assert(
      fc.property(bundleArb, (bundle) => {
        const result = readW3cAnnotations(withoutExtension(toW3cJson(bundle, { exportedAt })));
        if (!result.ok) throw new Error(result.error);
        expect(result.invalid).toEqual([]);
        const articles = new Map(bundle.articles.map((article) => [article.id, article]));
        const claims = new Map(bundle.claims.map((claim) => [claim.id, claim]));
        const back = new Map(result.bundle.factChecks.map((factCheck) => [factCheck.id, factCheck]));
        const backClaims = new Map(result.bundle.claims.map((claim) => [claim.id, claim]));
        const backArticles = new Map(result.bundle.articles.map((article) => [article.id, article]));
        for (const factCheck of bundle.factChecks) {
          const copy = back.get(factCheck.id);
          const { id, verdict, note, tags, createdAt, updatedAt } = factCheck;
          expect(copy).toMatchObject({ id, verdict, note, tags, createdAt, updatedAt });
          expect(copy?.sources.map(({ url, quote }) => ({ url, quote }))).toEqual(
            factCheck.sources.map(({ url, quote }) => ({ url, quote })),
          );
          const claim = copy && backClaims.get(copy.claimId);
          expect(claim?.quote).toEqual(claims.get(factCheck.claimId)?.quote);
          expect(claim?.position).toEqual(claims.get(factCheck.claimId)?.position);
          expect(claim && backArticles.get(claim.articleId)?.url).toBe(
            articles.get(factCheck.articleId)?.url,
          );
        }
      }),
      { numRuns: 100 },
    );
  });
});
