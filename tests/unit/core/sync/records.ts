/** Exchange records for the sync tests: valid by default, any field overridable. */
import type { ArticleRecord, ClaimRecord, FactCheckRecord } from '../../../../core/model/fact-check';

export function fakeArticle(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id: 'a'.repeat(32),
    url: 'https://news.example/monde/russie-talibans',
    site: 'news.example',
    title: 'La Russie reconnaît le régime des talibans',
    siteName: 'Example News',
    lang: 'fr',
    byline: null,
    publishedTime: null,
    fingerprint: 'f'.repeat(32),
    createdAt: '2025-07-04T08:00:00.000Z',
    updatedAt: '2025-07-04T08:00:00.000Z',
    ...overrides,
  };
}

export function fakeClaim(overrides: Partial<ClaimRecord> = {}): ClaimRecord {
  return {
    id: 'claim-1',
    articleId: 'a'.repeat(32),
    text: 'La justice russe a retiré les talibans de sa liste.',
    quote: {
      type: 'TextQuoteSelector',
      exact: 'La justice russe a retiré les talibans de sa liste.',
      prefix: '',
      suffix: '',
    },
    position: { type: 'TextPositionSelector', start: 10, end: 61 },
    origin: 'detected',
    score: 0.8,
    createdAt: '2025-07-04T08:00:00.000Z',
    ...overrides,
  };
}

export function fakeFactCheckRecord(overrides: Partial<FactCheckRecord> = {}): FactCheckRecord {
  return {
    id: 'fc-1',
    claimId: 'claim-1',
    articleId: 'a'.repeat(32),
    verdict: 'true',
    sources: [{ url: 'https://tass.example/1', title: 'Tass', stance: 'supports' }],
    note: 'Cour suprême.',
    tags: ['russie'],
    author: 'alice',
    createdAt: '2025-07-04T08:00:00.000Z',
    updatedAt: '2025-07-04T08:00:00.000Z',
    ...overrides,
  };
}
