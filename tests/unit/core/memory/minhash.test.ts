import { describe, expect, test } from 'vitest';
import { bandKeys, minhash, SIGNATURE_SIZE } from '../../../../core/memory/minhash';
import { jaccard } from '../../../../core/memory/shingles';
import { BANDS } from '../../../../core/memory/thresholds';

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('minhash', () => {
  test('is deterministic and has one minimum per hash function', () => {
    expect(minhash([1, 2, 3])).toEqual(minhash([3, 2, 1]));
    expect(minhash([1, 2, 3])).toHaveLength(SIGNATURE_SIZE);
  });

  test('estimates the Jaccard similarity', () => {
    const a = range(0, 100);
    const b = range(50, 150); // Jaccard 1/3
    const sa = minhash(a);
    const sb = minhash(b);
    const agree = sa.filter((value, i) => value === sb[i]).length / SIGNATURE_SIZE;
    expect(jaccard(a, b)).toBeCloseTo(1 / 3);
    expect(Math.abs(agree - 1 / 3)).toBeLessThan(0.2);
  });

  test('gives one key per band, shares bands for similar sets and none for an empty set', () => {
    const a = bandKeys(range(0, 20));
    expect(a).toHaveLength(BANDS);
    expect(new Set(a).size).toBe(BANDS);
    const shared = bandKeys(range(2, 22)).filter((key) => a.includes(key)).length;
    const unrelated = bandKeys(range(1000, 1020)).filter((key) => a.includes(key)).length;
    expect(shared).toBeGreaterThan(unrelated);
    expect(bandKeys([])).toEqual([]);
  });
});

describe('jaccard', () => {
  test.each([
    [[1, 2, 3], [1, 2, 3], 1],
    [[1, 2], [3, 4], 0],
    [[1, 2, 3, 4], [3, 4, 5, 6], 2 / 6],
    [[], [], 0],
  ])('%j vs %j = %d', (a, b, expected) => {
    expect(jaccard(a, b)).toBeCloseTo(expected);
  });
});
