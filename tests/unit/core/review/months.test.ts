import { expect, test } from 'vitest';
import { monthBucket, monthsBetween } from '../../../../core/review/months';

test('a month bucket has string bounds and its first and last day', () => {
  expect(monthBucket(2024, 1)).toEqual({
    month: '2024-02',
    lower: '2024-02-01T00:00:00.000Z',
    upper: '2024-03-01T00:00:00.000Z',
    from: '2024-02-01',
    to: '2024-02-29',
  });
  expect(monthBucket(2024, 12).month).toBe('2025-01');
});

test('months between two instants, across a year, capped to the latest', () => {
  const months = monthsBetween('2024-11-20T10:00:00.000Z', '2025-02-03T10:00:00.000Z', 24);
  expect(months.map((m) => m.month)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  expect(
    monthsBetween('2020-01-01T00:00:00.000Z', '2025-02-03T00:00:00.000Z', 3).map((m) => m.month),
  ).toEqual(['2024-12', '2025-01', '2025-02']);
});
