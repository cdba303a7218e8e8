import { expect, test } from 'vitest';
import { scoreAll, shingleMatch, shingles } from '../../bench/lib/shingle-f1';

test('shingles are 4-word windows over Unicode words', () => {
  expect([...shingles('Élan vital, déjà vu: 42 fois').keys()].length).toBe(3);
  expect([...shingles('two words').values()]).toEqual([1]);
  expect(shingles('').size).toBe(0);
});

test('shingleMatch normalises tp/fp/fn by their sum', () => {
  const truth = 'one two three four five six';
  expect(shingleMatch(truth, truth)).toEqual({ tp: 1, fp: 0, fn: 0 });
  const half = shingleMatch(truth, 'one two three four five nine');
  expect(half.tp).toBeCloseTo(2 / 4);
  expect(half.fp).toBeCloseTo(1 / 4);
  expect(half.fn).toBeCloseTo(1 / 4);
  expect(shingleMatch(truth, '')).toEqual({ tp: 0, fp: 0, fn: 1 });
});

test('scoreAll averages like the benchmark', () => {
  const perfect = { tp: 1, fp: 0, fn: 0 };
  const missed = { tp: 0, fp: 0, fn: 1 };
  // An empty prediction counts in recall (as 0) but not in precision.
  const scores = scoreAll([perfect, missed]);
  expect(scores.precision).toBe(1);
  expect(scores.recall).toBe(0.5);
  expect(scores.f1).toBeCloseTo(2 / 3);
});
