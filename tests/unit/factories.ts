/**
 * Small factories for test data: sensible defaults, any field overridable.
 */
import type { FactCheckDraft } from '../../storage/fact-checks';

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
