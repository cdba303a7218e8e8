/**
 * Test data for the exchange formats: small factories with overrides for table tests, and
 * fast-check arbitraries producing valid, referentially whole bundles for property tests.
 */
import fc from 'fast-check';
import type { ArticleRecord, ClaimRecord, FactCheckRecord, Source } from '../../../../core/model/fact-check';
import { VERDICTS } from '../../../../core/model/verdict';
import type { FactmarkBundle } from '../../../../core/exchange/bundle';
import type { StoredPublishedReview } from '../../../../core/model/claim-memory';

export function fakeArticle(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id: 'article-1',
    url: 'https://news.example.org/2024/05/budget',
    site: 'news.example.org',
    title: 'Budget: what the minister said',
    siteName: 'Example News',
    lang: 'en',
    byline: 'Jane Doe',
    publishedTime: '2024-05-01T08:00:00Z',
    fingerprint: 'a1b2c3',
    createdAt: '2024-05-02T10:00:00.000Z',
    updatedAt: '2024-05-02T10:05:00.000Z',
    ...overrides,
  };
}

export function fakeClaim(overrides: Partial<ClaimRecord> = {}): ClaimRecord {
  return {
    id: 'claim-1',
    articleId: 'article-1',
    text: 'Unemployment fell by 40% last year.',
    quote: {
      type: 'TextQuoteSelector',
      exact: 'Unemployment fell by 40% last year.',
      prefix: 'The minister said: ',
      suffix: ' Critics disagree.',
    },
    position: { type: 'TextPositionSelector', start: 120, end: 155 },
    origin: 'detected',
    score: 0.82,
    createdAt: '2024-05-02T10:01:00.000Z',
    ...overrides,
  };
}

export function fakeFactCheck(overrides: Partial<FactCheckRecord> = {}): FactCheckRecord {
  return {
    id: '3f2c8a1e-5b7d-4c9a-8e21-0d6b4f1a2c3e',
    claimId: 'claim-1',
    articleId: 'article-1',
    verdict: 'mostly-false',
    sources: [
      {
        url: 'https://stats.example.gov/unemployment',
        title: 'Official unemployment figures',
        quote: 'Unemployment fell by 4%.',
        stance: 'refutes',
      },
    ],
    note: 'The figure is 4%, not 40%.',
    tags: ['economy', 'figures'],
    createdAt: '2024-05-02T10:02:00.000Z',
    updatedAt: '2024-05-03T09:00:00.000Z',
    ...overrides,
  };
}

/** One article, one claim, one fact-check; overrides apply to the fact-check. */
export function fakeBundle(overrides: Partial<FactCheckRecord> = {}): FactmarkBundle {
  return { articles: [fakeArticle()], claims: [fakeClaim()], factChecks: [fakeFactCheck(overrides)] };
}

/** Text with the awkward cases mixed in: markup, Markdown, formulas, astral characters. */
const text = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength: Math.min(maxLength, 40) }),
    fc.string({ unit: 'grapheme', maxLength: Math.min(maxLength, 20) }),
    fc.constantFrom(
      '<script>alert(1)</script>',
      '[click](javascript:alert(1))',
      '=HYPERLINK("http://evil.example")',
      '-2+3',
      'Ça coûte 3 € 😀',
      'line one\nline two\r\n\nnext, "quoted"',
    ),
  );
const nonEmpty = (maxLength: number) => text(maxLength).filter((value) => value.length > 0);
const id = fc.oneof(
  fc.uuid(),
  nonEmpty(40).filter((value) => value.trim() !== '' && value.isWellFormed()),
);
const timestamp = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString());
const url = fc
  .oneof(
    fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }),
    fc.constantFrom(
      'https://example.org/a?b=c&d=e',
      'http://[::1]:8080/path',
      'https://xn--caf-dma.example/ça',
    ),
  )
  .filter((value) => value.length <= 2048 && !/\s/u.test(value) && URL.canParse(value));

const sourceArb: fc.Arbitrary<Source> = fc.record(
  {
    url,
    title: text(100),
    quote: text(100),
    stance: fc.constantFrom('supports', 'refutes', 'context'),
  },
  { requiredKeys: ['url', 'title', 'stance'] },
);

const articleArb: fc.Arbitrary<ArticleRecord> = fc.record({
  id,
  url,
  site: fc.domain(),
  title: text(200),
  siteName: fc.option(text(50), { nil: null }),
  lang: fc.constantFrom('en', 'fr', 'pt-BR', ''),
  byline: fc.option(text(50), { nil: null }),
  publishedTime: fc.option(fc.oneof(timestamp, fc.constant('5 May 2024')), { nil: null }),
  fingerprint: fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), maxLength: 64 }),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const claimArb = (articleId: string): fc.Arbitrary<ClaimRecord> =>
  fc
    .record({
      id,
      articleId: fc.constant(articleId),
      text: nonEmpty(300),
      quote: fc.record({
        type: fc.constant('TextQuoteSelector' as const),
        exact: nonEmpty(300),
        prefix: text(32),
        suffix: text(32),
      }),
      position: fc
        .tuple(fc.nat({ max: 100_000 }), fc.nat({ max: 5_000 }))
        .map(([start, length]) => ({ type: 'TextPositionSelector' as const, start, end: start + length })),
      origin: fc.constantFrom('detected', 'manual'),
      score: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
      createdAt: timestamp,
    })
    // Some claims are in the article's title (their selectors are into it).
    .chain((claim) => fc.constantFrom<ClaimRecord>(claim, { ...claim, place: 'title' }));

const factCheckArb = (claim: ClaimRecord): fc.Arbitrary<FactCheckRecord> =>
  fc.record({
    id,
    claimId: fc.constant(claim.id),
    articleId: fc.constant(claim.articleId),
    verdict: fc.option(fc.constantFrom(...VERDICTS), { nil: null }),
    sources: fc.array(sourceArb, { maxLength: 3 }),
    note: text(2000),
    tags: fc.array(nonEmpty(64), { maxLength: 4 }),
    createdAt: timestamp,
    updatedAt: timestamp,
  });

/** A valid bundle: unique ids per kind, every reference resolving. */
const publishedReviewArb: fc.Arbitrary<StoredPublishedReview> = fc.record({
  id,
  pageUrl: url,
  savedAt: timestamp,
  claimReviewed: nonEmpty(200),
  author: fc.option(text(50), { nil: null }),
  url: fc.option(url, { nil: null }),
  datePublished: fc.option(fc.constantFrom('2024-03-12', '12 mars 2024'), { nil: null }),
  ratingValue: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  bestRating: fc.option(fc.constant(5), { nil: null }),
  worstRating: fc.option(fc.constant(1), { nil: null }),
  alternateName: fc.option(text(50), { nil: null }),
  verdict: fc.option(fc.constantFrom(...VERDICTS), { nil: null }),
});

/** Articles, their claims and fact-checks, and saved published fact-checks (each list of its own). */
export const bundleArb: fc.Arbitrary<FactmarkBundle> = fc
  .uniqueArray(articleArb, { selector: (article) => article.id, minLength: 1, maxLength: 3 })
  .chain((articles) =>
    fc
      .tuple(...articles.map((article) => fc.array(claimArb(article.id), { maxLength: 3 })))
      .map((lists) => uniqueBy(lists.flat()))
      .chain((claims) =>
        fc
          .tuple(...claims.map((claim) => fc.array(factCheckArb(claim), { maxLength: 2 })))
          .map((lists) => ({ articles, claims, factChecks: uniqueBy(lists.flat()) })),
      ),
  )
  .chain((bundle) =>
    fc
      .uniqueArray(publishedReviewArb, { selector: (review) => review.id, maxLength: 2 })
      .map((publishedReviews) => ({ ...bundle, publishedReviews })),
  );

function uniqueBy<T extends { id: string }>(records: T[]): T[] {
  const seen = new Set<string>();
  return records.filter((record) => !seen.has(record.id) && seen.add(record.id));
}
