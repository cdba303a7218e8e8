import { describe, expect, test } from 'vitest';
import { DEFAULT_VIEW, EMPTY_FILTER, type ReviewView } from '../../../../core/review/filter';
import { isEmptyFilter, paramsFromView, parseDay, viewFromParams } from '../../../../core/review/url-filter';

const view = (query: string) => viewFromParams(new URLSearchParams(query));

describe('viewFromParams', () => {
  test('an empty query string is the default view', () => {
    expect(view('')).toEqual(DEFAULT_VIEW);
  });

  test('reads every filter, verdicts in scale order', () => {
    expect(
      view(
        'q=reconnaître&verdict=none&verdict=false&verdict=true&site=News.Example&tag=russie&author=alice&from=2025-01-01&to=2025-06-30&sources=with&orphan=1&changed=1&sort=verdict&page=3',
      ),
    ).toEqual({
      filter: {
        q: 'reconnaître',
        verdicts: ['true', 'false', 'none'],
        site: 'news.example',
        tag: 'russie',
        author: 'alice',
        from: '2025-01-01',
        to: '2025-06-30',
        sources: 'with',
        orphan: true,
        changed: true,
      },
      sort: 'verdict',
      page: 3,
    });
  });

  test.each([
    ['verdict=bogus', { ...DEFAULT_VIEW }],
    ['from=2025-02-30', { ...DEFAULT_VIEW }],
    ['to=yesterday', { ...DEFAULT_VIEW }],
    ['sources=maybe', { ...DEFAULT_VIEW }],
    ['sort=random', { ...DEFAULT_VIEW }],
    ['page=0', { ...DEFAULT_VIEW }],
    ['page=2.5', { ...DEFAULT_VIEW }],
    ['orphan=yes', { ...DEFAULT_VIEW }],
    ['q=%20%20', { ...DEFAULT_VIEW }],
  ])('drops an invalid value: %s', (query, expected) => {
    expect(view(query)).toEqual(expected);
  });

  test('bounds the length of text values', () => {
    expect(view(`q=${'a'.repeat(500)}`).filter.q).toHaveLength(200);
  });
});

describe('paramsFromView', () => {
  test('leaves defaults out', () => {
    expect(paramsFromView(DEFAULT_VIEW).toString()).toBe('');
    expect(isEmptyFilter(EMPTY_FILTER)).toBe(true);
    expect(isEmptyFilter({ ...EMPTY_FILTER, q: '  ' })).toBe(true);
    expect(isEmptyFilter({ ...EMPTY_FILTER, orphan: true })).toBe(false);
  });

  test.each<ReviewView>([
    { ...DEFAULT_VIEW, sort: 'article', page: 2 },
    {
      filter: { ...EMPTY_FILTER, verdicts: ['mixed', 'none'], site: 'news.example' },
      sort: 'oldest',
      page: 1,
    },
    {
      filter: { ...EMPTY_FILTER, q: 'l’État reconnaît', tag: 'a, b', from: '2024-02-29', sources: 'without' },
      sort: 'site',
      page: 1,
    },
  ])('round-trips %j', (original) => {
    expect(viewFromParams(new URLSearchParams(paramsFromView(original).toString()))).toEqual(original);
  });
});

test.each([
  ['2024-02-29', '2024-02-29'],
  ['2023-02-29', null],
  ['2025-13-01', null],
  ['25-01-01', null],
  [null, null],
])('parseDay(%s) = %s', (input, expected) => {
  expect(parseDay(input)).toBe(expected);
});
