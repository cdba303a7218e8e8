import { describe, expect, test } from 'vitest';
import { toClaimReviewJson, toClaimReviews } from '../../../../core/exchange/claim-review';
import { textFragmentUrl } from '../../../../core/exchange/text-fragment';
import { VERDICT_LABELS } from '../../../../core/exchange/verdict-labels';
import { VERDICTS } from '../../../../core/model/verdict';
import { fakeArticle, fakeBundle, fakeClaim, fakeFactCheck } from './arbitraries';

describe('toClaimReviews', () => {
  test('writes one ClaimReview per fact-check with a verdict', () => {
    const { reviews, skipped } = toClaimReviews(fakeBundle());
    expect(skipped).toEqual([]);
    expect(reviews).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: 'https://news.example.org/2024/05/budget#:~:text=Unemployment%20fell%20by%2040%25%20last%20year.',
        claimReviewed: 'Unemployment fell by 40% last year.',
        author: { '@type': 'Person', name: 'Factmark user' },
        datePublished: '2024-05-02T10:02:00.000Z',
        dateModified: '2024-05-03T09:00:00.000Z',
        reviewRating: {
          '@type': 'Rating',
          ratingValue: 2,
          bestRating: 5,
          worstRating: 1,
          alternateName: 'Mostly false',
          name: 'Mostly false',
        },
        itemReviewed: {
          '@type': 'Claim',
          appearance: {
            '@type': 'NewsArticle',
            url: 'https://news.example.org/2024/05/budget',
            headline: 'Budget: what the minister said',
            publisher: { '@type': 'Organization', name: 'Example News' },
            author: { '@type': 'Person', name: 'Jane Doe' },
            datePublished: '2024-05-01T08:00:00Z',
          },
          datePublished: '2024-05-01T08:00:00Z',
        },
        reviewBody: 'The figure is 4%, not 40%.',
        citation: [
          {
            '@type': 'CreativeWork',
            url: 'https://stats.example.gov/unemployment',
            name: 'Official unemployment figures',
          },
        ],
      },
    ]);
  });

  test('skips fact-checks without a verdict, saying so', () => {
    expect(toClaimReviews(fakeBundle({ verdict: null }))).toEqual({
      reviews: [],
      skipped: [{ factCheckId: fakeFactCheck().id, reason: 'it has no verdict yet' }],
    });
  });

  test.each([
    ['true', 5],
    ['false', 1],
    ['unverifiable', 3],
  ] as const)('rates %s as %i of 5', (verdict, rating) => {
    expect(toClaimReviews(fakeBundle({ verdict })).reviews[0]?.reviewRating.ratingValue).toBe(rating);
  });

  test('uses French labels, a given author and review URL', () => {
    const author = { '@type': 'Organization', name: 'Décodeurs', url: 'https://decodeurs.example' } as const;
    const [review] = toClaimReviews(fakeBundle({ verdict: 'misleading' }), {
      locale: 'fr',
      author,
      reviewUrl: ({ factCheck }) => `https://decodeurs.example/${factCheck.id}`,
    }).reviews;
    expect(review).toMatchObject({
      author,
      url: `https://decodeurs.example/${fakeFactCheck().id}`,
      reviewRating: { alternateName: 'Trompeur', name: 'Trompeur' },
    });
  });

  test('leaves out what the article does not state', () => {
    const bundle = {
      articles: [fakeArticle({ siteName: null, byline: null, publishedTime: 'last Tuesday' })],
      claims: [fakeClaim()],
      factChecks: [fakeFactCheck({ note: '', sources: [] })],
    };
    const [review] = toClaimReviews(bundle).reviews;
    expect(review?.itemReviewed).toEqual({
      '@type': 'Claim',
      appearance: {
        '@type': 'NewsArticle',
        url: 'https://news.example.org/2024/05/budget',
        headline: 'Budget: what the minister said',
      },
    });
    expect(review).not.toHaveProperty('reviewBody');
    expect(review).not.toHaveProperty('citation');
  });
});

test('toClaimReviewJson can sit inside a script element and parses back', () => {
  const { reviews } = toClaimReviews(fakeBundle({ note: '</script><script>alert(1)</script> & \u2028' }));
  const json = toClaimReviewJson(reviews);
  expect(json).not.toMatch(/[<>&\u2028]/u);
  expect(JSON.parse(json)).toEqual(reviews);
});

test.each([
  [
    'https://a.example/p#top',
    'Prices rose 5-10%, a record',
    'https://a.example/p#:~:text=Prices%20rose%205%2D10%25%2C%20a%20record',
  ],
  [
    'https://a.example/p',
    'one two three four five six seven eight nine ten eleven twelve thirteen',
    'https://a.example/p#:~:text=one%20two%20three%20four%20five,nine%20ten%20eleven%20twelve%20thirteen',
  ],
  ['https://a.example/p?q=1', ' Ça  & co ', 'https://a.example/p?q=1#:~:text=%C3%87a%20%26%20co'],
])('textFragmentUrl(%s, %j)', (url, passage, expected) => {
  expect(textFragmentUrl(url, passage)).toBe(expected);
});

test.each(['en', 'fr'] as const)('VERDICT_LABELS.%s names every verdict', (locale) => {
  expect(Object.keys(VERDICT_LABELS[locale]).sort()).toEqual([...VERDICTS].sort());
  for (const label of Object.values(VERDICT_LABELS[locale])) expect(label).not.toBe('');
});

describe('a claim changed since it was checked', () => {
  const now = 'Unemployment fell by 4% last year.';
  const bundle = { ...fakeBundle(), changedClaims: [{ claimId: 'claim-1', now }] };

  test.each([
    ['en', 'the rating applies to the text as checked'],
    ['fr', 'la note porte sur le texte tel que vérifié'],
  ] as const)('keeps the text as checked and says how it reads now (%s)', (locale, words) => {
    const [review] = toClaimReviews(bundle, { locale }).reviews;
    expect(review?.claimReviewed).toBe('Unemployment fell by 40% last year.');
    expect(review?.description).toContain(words);
    expect(review?.description).toContain(now);
  });

  test('an unchanged claim has no description', () => {
    expect(toClaimReviews(fakeBundle()).reviews[0]).not.toHaveProperty('description');
  });
});
