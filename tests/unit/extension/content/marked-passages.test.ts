import { expect, test } from 'vitest';
import type { RankedClaim } from '../../../../core/claims/types';
import type { PlacedAnnotation } from '../../../../core/messaging/page-state';
import { markedPassages } from '../../../../extension/content/marked-passages';

const claim = (start: number, end: number, tier: RankedClaim['tier'] = 'claim'): RankedClaim => ({
  text: `claim ${start}`,
  start,
  end,
  score: 0.8,
  reasons: [],
  tier,
  rank: 1,
});

const placed = (overrides: Partial<PlacedAnnotation>): PlacedAnnotation => ({
  factCheckId: 'fc-1',
  claimId: 'claim-1',
  quote: 'quoted',
  verdict: 'false',
  sourceCount: 0,
  note: '',
  status: 'exact',
  start: 0,
  end: 10,
  now: null,
  ...overrides,
});

const nothing = { claims: [], headline: [], annotations: [], selected: null };

test.each([
  ['a verdict', placed({ verdict: 'mostly-true' }), 'verdict:mostly-true'],
  ['no verdict yet', placed({ verdict: null }), 'unrated'],
  ['a fuzzy anchor keeps its verdict', placed({ status: 'fuzzy' }), 'verdict:false'],
  ['words changed since checked: no verdict shown', placed({ status: 'changed' }), 'changed'],
])('a fact-check with %s is marked %s', (_name, annotation, kind) => {
  expect(markedPassages({ ...nothing, annotations: [annotation] })).toEqual([
    { kind, passage: { start: 0, end: 10 } },
  ]);
});

test('a fact-check not found on the page marks nothing', () => {
  expect(
    markedPassages({ ...nothing, annotations: [placed({ status: 'orphan', start: null, end: null })] }),
  ).toEqual([]);
});

test('claims by tier, a claim a fact-check covers shown as the fact-check only, the title, the selection last', () => {
  const marks = markedPassages({
    claims: [claim(0, 10), claim(20, 30, 'strong'), claim(40, 50)],
    headline: [{ ...claim(0, 5, 'strong'), text: 'A title claim' }],
    annotations: [placed({ start: 5, end: 15 })],
    selected: { start: 40, end: 50 },
  });
  expect(marks).toEqual([
    { kind: 'verdict:false', passage: { start: 5, end: 15 } },
    { kind: 'strong-claim', passage: { start: 0, end: 5, place: 'title' } },
    { kind: 'strong-claim', passage: { start: 20, end: 30 } },
    { kind: 'claim', passage: { start: 40, end: 50 } },
    { kind: 'selected', passage: { start: 40, end: 50 } },
  ]);
});

test("a fact-check of the title marks the title's claim with its verdict, and the text's claim at the same offsets stays", () => {
  const marks = markedPassages({
    claims: [claim(0, 5)],
    headline: [{ ...claim(0, 5, 'strong'), text: 'A title claim' }],
    annotations: [placed({ start: 0, end: 5, place: 'title', verdict: 'mostly-false' })],
    selected: { start: 0, end: 5, place: 'title' },
  });
  expect(marks).toEqual([
    { kind: 'verdict:mostly-false', passage: { start: 0, end: 5, place: 'title' } },
    { kind: 'claim', passage: { start: 0, end: 5 } },
    { kind: 'selected', passage: { start: 0, end: 5, place: 'title' } },
  ]);
});

test('a selection made by claim navigation is marked selected, whatever else its object holds', () => {
  const stop = { kind: 'detected', start: 3, end: 9, score: 0.7 };
  expect(markedPassages({ ...nothing, selected: stop })).toEqual([
    { kind: 'selected', passage: { start: 3, end: 9 } },
  ]);
});
