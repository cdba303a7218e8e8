import { describe, expect, test } from 'vitest';
import { EMPTY_PAGE_STATE, type PageState } from '../../../../core/messaging/page-state';
import { claimStops, nextStop } from '../../../../extension/content/claim-stops';

const claim = (start: number, end: number) => ({ start, end, score: 0.8 }) as PageState['claims'][number];
const annotation = (start: number | null, end: number | null, place?: 'title') =>
  ({
    factCheckId: `f${start}`,
    claimId: `c${start}`,
    quote: '',
    verdict: 'false',
    sourceCount: 0,
    note: '',
    status: start === null ? 'orphan' : 'exact',
    start,
    end,
    ...(place ? { place } : {}),
  }) as PageState['annotations'][number];

const state: PageState = {
  ...EMPTY_PAGE_STATE,
  status: 'article',
  claims: [claim(50, 80), claim(0, 20), claim(100, 130)],
  annotations: [annotation(55, 75), annotation(null, null)],
};

describe('claimStops', () => {
  test('fact-checks and the detected claims they do not cover, in text order; orphans left out', () => {
    expect(claimStops(state).map((stop) => [stop.start, stop.kind])).toEqual([
      [0, 'detected'],
      [55, 'checked'],
      [100, 'detected'],
    ]);
  });
});

describe('nextStop', () => {
  const stops = claimStops(state);
  test.each([
    [null, 1, 0],
    [null, -1, 2],
    [0, 1, 1],
    [55, 1, 2],
    [100, 1, 0],
    [55, -1, 0],
    [0, -1, 2],
    [60, -1, 1],
  ] as const)('from %s going %i → stop %i', (from, direction, expected) => {
    expect(nextStop(stops, from === null ? null : { start: from, end: from + 5 }, direction)).toBe(expected);
  });

  test('the title first: from its last stop to the text, from the text back to it', () => {
    const withTitle = claimStops({
      ...state,
      headline: [claim(0, 10), claim(12, 30)],
      annotations: [...state.annotations, annotation(0, 10, 'title')],
    });
    expect(withTitle.map((stop) => [stop.place ?? 'text', stop.start, stop.kind])).toEqual([
      ['title', 0, 'checked'],
      ['title', 12, 'detected'],
      ['text', 0, 'detected'],
      ['text', 55, 'checked'],
      ['text', 100, 'detected'],
    ]);
    expect(nextStop(withTitle, { start: 12, end: 30, place: 'title' }, 1)).toBe(2);
    expect(nextStop(withTitle, { start: 0, end: 20 }, -1)).toBe(1);
    expect(nextStop(withTitle, { start: 0, end: 10, place: 'title' }, -1)).toBe(4);
  });

  test('no stop on a page without claims', () => {
    expect(nextStop([], null, 1)).toBe(-1);
  });
});
