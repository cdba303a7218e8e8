/**
 * Small factories for test data: sensible defaults, any field overridable.
 */
import type { PublishedReview } from '../../core/claimreview/published-review';
import type { FactCheckRecord } from '../../core/model/fact-check';
import type { FactCheckDraft } from '../../core/model/fact-check-draft';
import type { StoredFactCheck } from '../../core/model/stored-records';
import { factCheckSearchFields } from '../../storage/search-fields';

export function fakeDraft(overrides: Partial<FactCheckDraft> = {}): FactCheckDraft {
  return {
    article: {
      url: 'https://news.example/monde/russie-talibans',
      title: 'La Russie reconnaît le régime des talibans',
      lang: 'fr',
      byline: 'Rédaction',
      siteName: 'Example News',
      publishedTime: '2025-07-04T08:00:00.000Z',
      fingerprint: 'f'.repeat(32),
    },
    claim: {
      text: 'En avril 2025, la justice russe a retiré les talibans de sa liste des organisations terroristes.',
      quote: {
        type: 'TextQuoteSelector',
        exact:
          'En avril 2025, la justice russe a retiré les talibans de sa liste des organisations terroristes.',
        prefix: 'multipliés. ',
        suffix: ' Un an plus tôt',
      },
      position: { type: 'TextPositionSelector', start: 1200, end: 1297 },
      origin: 'detected',
      score: 0.82,
    },
    verdict: 'true',
    sources: [{ url: 'https://tass.example/1', title: 'Agence Tass : la Cour suprême', stance: 'supports' }],
    note: 'Décision de la Cour suprême russe, reconnaît le retrait.',
    tags: ['russie', 'afghanistan'],
    ...overrides,
  };
}

/** A draft checking `text` (its claim and quote), rated mostly false: the claim memory's input. */
export function fakeDraftOn(text: string): FactCheckDraft {
  const draft = fakeDraft();
  return {
    ...draft,
    verdict: 'mostly-false',
    claim: { ...draft.claim, text, quote: { ...draft.claim.quote, exact: text } },
  };
}

/**
 * A stored fact-check row: a record with `overrides`, and the index fields derived as storage
 * derives them on every write (storage/search-fields.ts), on an article of `site` (the claim's
 * text is not known here, so `words` hold the note, tags and source titles only).
 */
export function fakeStoredFactCheck(overrides: Partial<StoredFactCheck> = {}): StoredFactCheck {
  const at = overrides.createdAt ?? '2025-07-04T08:00:00.000Z';
  const record: FactCheckRecord = {
    id: 'fact-check-1',
    claimId: 'claim-1',
    articleId: 'article-1',
    verdict: 'true',
    sources: [],
    note: '',
    tags: [],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
  const article = { title: '', site: overrides.site ?? 'news.example' };
  return { ...record, ...factCheckSearchFields(record, undefined, article), ...overrides };
}

/** A fact-check published by a fact-checker (ClaimReview read off its page), rated false. */
export function fakePublishedReview(overrides: Partial<PublishedReview> = {}): PublishedReview {
  return {
    claimReviewed: 'Le taux de chômage a baissé à 5 % en France en 2023',
    author: 'AFP Factuel',
    url: 'https://factuel.afp.com/doc.afp.com.34XY7Z',
    datePublished: '2024-03-12',
    ratingValue: 1,
    bestRating: 5,
    worstRating: 1,
    alternateName: 'Faux',
    verdict: 'false',
    ...overrides,
  };
}
