import { describe, expect, test } from 'vitest';
import {
  mapPublishedVerdict,
  verdictFromRating,
  verdictFromWording,
} from '../../../../core/claimreview/verdict-mapping';

describe('verdictFromWording', () => {
  test.each([
    ['Faux', 'false'],
    ['FAUX !', 'false'],
    ['Plutôt faux', 'mostly-false'],
    ['Plutot vrai', 'mostly-true'],
    ['Vrai', 'true'],
    ['Trompeur', 'misleading'],
    ['Sorti de son contexte', 'misleading'],
    ['Invérifiable', 'unverifiable'],
    ['Mitigé', 'mixed'],
    ['Pants on Fire!', 'false'],
    ['Half True', 'mixed'],
    ['Half-true', 'mixed'],
    ['Mostly False', 'mostly-false'],
    ['Mixture', 'mixed'],
    ['Missing context', 'misleading'],
    ['Unproven', 'unverifiable'],
    ['Incorrect. The figure is 10%.', 'false'],
    ['Partly false: the figure dates from 2019.', 'mostly-false'],
    ['Four Pinocchios', 'false'],
    ['Satire', null],
    ['', null],
  ])('%j → %s', (wording, verdict) => {
    expect(verdictFromWording(wording)).toBe(verdict);
  });
});

describe('verdictFromRating', () => {
  test.each([
    [1, 5, 1, 'false'],
    [2, 5, 1, 'mostly-false'],
    [3, 5, 1, 'mixed'],
    [4, 5, 1, 'mostly-true'],
    [5, 5, 1, 'true'],
    [0, 5, 0, 'false'],
    [8, 10, 0, 'mostly-true'],
    [2, null, null, 'mostly-false'],
    [7, null, null, null],
    [6, 5, 1, null],
    [3, 3, 3, null],
    [null, 5, 1, null],
  ])('%s on [%s, %s] → %s', (value, best, worst, verdict) => {
    expect(verdictFromRating(value, best, worst)).toBe(verdict);
  });
});

test('the wording wins over the numbers, the rating name over nothing', () => {
  expect(
    mapPublishedVerdict({ alternateName: 'Trompeur', ratingValue: 1, bestRating: 5, worstRating: 1 }),
  ).toBe('misleading');
  expect(
    mapPublishedVerdict({
      alternateName: null,
      name: 'pants-fire',
      ratingValue: 3,
      bestRating: 5,
      worstRating: 1,
    }),
  ).toBe('false');
  expect(
    mapPublishedVerdict({ alternateName: 'Satire', ratingValue: 3, bestRating: 5, worstRating: 1 }),
  ).toBe('mixed');
});
