import { expect, test } from 'vitest';
import type { RankedClaim } from '../../../../core/claims/types';
import type { PlacedAnnotation } from '../../../../core/messaging/page-state';
import { uncheckedClaims, uncheckedHeadline } from '../../../../core/messaging/unchecked-claims';

const claim = (start: number, end: number): RankedClaim => ({
  text: 'x'.repeat(end - start),
  start,
  end,
  score: 0.8,
  reasons: [],
  tier: 'claim',
  rank: 1,
});
const placed = (start: number | null, end: number | null, place?: 'title') =>
  ({ start, end, ...(place ? { place } : {}) }) as PlacedAnnotation;

test('a claim any placed fact-check overlaps is not unchecked; touching is not overlapping', () => {
  const claims = [claim(0, 10), claim(10, 20), claim(20, 30)];
  expect(uncheckedClaims({ claims, annotations: [placed(12, 14)] })).toEqual([claims[0], claims[2]]);
  expect(uncheckedClaims({ claims, annotations: [placed(5, 10)] })).toEqual([claims[1], claims[2]]);
  expect(uncheckedClaims({ claims, annotations: [placed(9, 21)] })).toEqual([]);
});

test('a fact-check not found on the page covers nothing', () => {
  const claims = [claim(0, 10)];
  expect(uncheckedClaims({ claims, annotations: [placed(null, null)] })).toEqual(claims);
});

test("a fact-check of the title covers the title's claims only, one of the text the text's only", () => {
  const claims = [claim(0, 10)];
  const headline = [claim(0, 10)];
  const inTitle = [placed(0, 10, 'title')];
  expect(uncheckedHeadline({ headline, annotations: inTitle })).toEqual([]);
  expect(uncheckedClaims({ claims, annotations: inTitle })).toEqual(claims);
  expect(uncheckedHeadline({ headline, annotations: [placed(0, 10)] })).toEqual(headline);
});
