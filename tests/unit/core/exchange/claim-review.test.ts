import { describe, expect, test } from 'vitest';
import { readClaimReview } from '../../../../core/claimreview/read-claim-reviews';
import { toClaimReviewJson, toClaimReviews } from '../../../../core/exchange/claim-review';
import { VERDICT_LABELS } from '../../../../core/exchange/verdict-labels';
import { VERDICTS } from '../../../../core/model/verdict';
import { fakeArticle, fakeBundle, fakeClaim, fakeFactCheck } from './arbitraries';

const publisher = {
  organisationName: 'Desk Example',
  organisationUrl: 'https://desk.example/',
  reviewUrlPattern: 'https://desk.example/checks/{id}',
  authorName: '',
};
const options = { publisher };

describe('toClaimReviews', () => {
  test('writes one ClaimReview per fact-check with a verdict', () => {
    const { reviews, skipped } = toClaimReviews(fakeBundle(), options);
    expect(skipped).toEqual([]);
    expect(reviews).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: 'https://desk.example/checks/3f2c8a1e-5b7d-4c9a-8e21-0d6b4f1a2c3e',
        claimReviewed: 'Unemployment fell by 40% last year.',
        author: { '@type': 'Organization', name: 'Desk Example', url: 'https://desk.example/' },
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
    expect(toClaimReviews(fakeBundle({ verdict: null }), options)).toEqual({
      reviews: [],
      skipped: [{ factCheckId: fakeFactCheck().id, reason: 'it has no verdict yet' }],
    });
  });

  test.each([
    ['true', 5],
    ['mostly-true', 4],
    ['mixed', 3],
    ['mostly-false', 2],
    ['false', 1],
    ['misleading', 2],
  ] as const)('rates %s as %i of 5, with both bounds', (verdict, rating) => {
    expect(toClaimReviews(fakeBundle({ verdict }), options).reviews[0]?.reviewRating).toMatchObject({
      ratingValue: rating,
      bestRating: 5,
      worstRating: 1,
    });
  });

  test('unverifiable is a textual rating only, not "half true" on the number scale', () => {
    const [review] = toClaimReviews(fakeBundle({ verdict: 'unverifiable' }), options).reviews;
    expect(review?.reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'Unverifiable',
      name: 'Unverifiable',
    });
  });

  test('uses French labels, the settings’ organisation, review address and fact-checker', () => {
    const [review] = toClaimReviews(fakeBundle({ verdict: 'misleading', id: 'a b/c' }), {
      locale: 'fr',
      publisher: {
        organisationName: 'Décodeurs',
        organisationUrl: 'https://decodeurs.example',
        reviewUrlPattern: 'https://decodeurs.example/v/{id}?ref={id}',
        authorName: 'Jeanne Martin',
      },
    }).reviews;
    expect(review).toMatchObject({
      author: { '@type': 'Organization', name: 'Décodeurs', url: 'https://decodeurs.example' },
      creator: { '@type': 'Person', name: 'Jeanne Martin' },
      url: 'https://decodeurs.example/v/a%20b%2Fc?ref=a%20b%2Fc',
      reviewRating: { alternateName: 'Trompeur', name: 'Trompeur' },
    });
  });

  test.each([...VERDICTS])(
    'a %s review has every property Google requires and recommends, in their types',
    (verdict) => {
      const [review] = toClaimReviews(fakeBundle({ verdict }), options).reviews;
      if (!review) throw new Error('no review');
      // Required: claimReviewed, reviewRating.alternateName, url (the fact-check's own page).
      expect(review.claimReviewed).toBe(fakeClaim().text);
      expect(review.reviewRating.alternateName).toBe(VERDICT_LABELS.en[verdict]);
      expect(new URL(review.url).origin).toBe('https://desk.example');
      expect(review.url).not.toContain('news.example.org');
      // Recommended: author (an Organization with name and url), datePublished, itemReviewed
      // (a Claim whose appearance is the article, with its own date when known).
      expect(review.author).toEqual({
        '@type': 'Organization',
        name: 'Desk Example',
        url: 'https://desk.example/',
      });
      expect(Number.isNaN(Date.parse(review.datePublished))).toBe(false);
      expect(review.itemReviewed).toMatchObject({
        '@type': 'Claim',
        appearance: { url: fakeArticle().url },
        datePublished: fakeArticle().publishedTime,
      });
      // A numeric rating is an integer within its stated bounds, higher is truer.
      const rating = review.reviewRating;
      if ('ratingValue' in rating) {
        expect(Number.isInteger(rating.ratingValue)).toBe(true);
        expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating);
        expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating);
      } else expect(verdict).toBe('unverifiable');
      expect(JSON.stringify(review)).not.toContain('Factmark user');
    },
  );

  test('leaves out what the article does not state', () => {
    const bundle = {
      articles: [fakeArticle({ siteName: null, byline: null, publishedTime: 'last Tuesday' })],
      claims: [fakeClaim()],
      factChecks: [fakeFactCheck({ note: '', sources: [] })],
    };
    const [review] = toClaimReviews(bundle, options).reviews;
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
  const { reviews } = toClaimReviews(
    fakeBundle({ note: '</script><script>alert(1)</script> & \u2028' }),
    options,
  );
  const json = toClaimReviewJson(reviews);
  expect(json).not.toMatch(/[<>&\u2028]/u);
  expect(JSON.parse(json)).toEqual(reviews);
});

test.each(['en', 'fr'] as const)('VERDICT_LABELS.%s names every verdict', (locale) => {
  expect(Object.keys(VERDICT_LABELS[locale]).sort()).toEqual([...VERDICTS].sort());
  for (const label of Object.values(VERDICT_LABELS[locale])) expect(label).not.toBe('');
});

test.each(['en', 'fr'] as const)('every verdict exported in %s reads back as itself', (locale) => {
  for (const verdict of VERDICTS) {
    const [review] = toClaimReviews(fakeBundle({ verdict }), { locale, publisher }).reviews;
    const read = readClaimReview(JSON.parse(JSON.stringify(review)), 'https://desk.example/');
    expect(read?.verdict, verdict).toBe(verdict);
    expect(read?.url).toBe(review?.url);
  }
});

describe('a claim changed since it was checked', () => {
  const now = 'Unemployment fell by 4% last year.';
  const bundle = { ...fakeBundle(), changedClaims: [{ claimId: 'claim-1', now }] };

  test.each([
    ['en', 'the rating applies to the text as checked'],
    ['fr', 'la note porte sur le texte tel que vérifié'],
  ] as const)('keeps the text as checked and says how it reads now (%s)', (locale, words) => {
    const [review] = toClaimReviews(bundle, { locale, publisher }).reviews;
    expect(review?.claimReviewed).toBe('Unemployment fell by 40% last year.');
    expect(review?.description).toContain(words);
    expect(review?.description).toContain(now);
  });

  test('an unchanged claim has no description', () => {
    expect(toClaimReviews(fakeBundle(), { publisher }).reviews[0]).not.toHaveProperty('description');
  });
});
