import { describe, expect, test } from 'vitest';
import { HASH_SPACE, sentenceFeatures } from '../../../../core/claims/word-hash';
import { encodeWordModel, wordLogit } from '../../../../core/claims/word-model';

/** A dense weight vector over the hash space with the given non-zero buckets. */
function weightsWith(entries: Array<[number, number]>): Float64Array {
  const weights = new Float64Array(HASH_SPACE);
  for (const [bucket, weight] of entries) weights[bucket] = weight;
  return weights;
}

describe('sparse word model', () => {
  test('round-trips weights through the quantised encoding', () => {
    const sentence = 'Unemployment fell to 3.5% in 2019.';
    const features = [...sentenceFeatures(sentence)];
    const entries = features.map(([bucket], i): [number, number] => [bucket, i % 2 ? 0.8 : -0.4]);
    const model = encodeWordModel(0.25, weightsWith([...entries, [0, 1.27], [HASH_SPACE - 1, -1.27]]));
    expect(model.count).toBe(entries.length + 2);
    const expected = features.reduce((sum, [, value], i) => sum + value * (i % 2 ? 0.8 : -0.4), 0.25);
    expect(wordLogit(sentence, model)).toBeCloseTo(expected, 1);
  });

  test('drops buckets whose weight rounds to zero and scores unknown text at the bias', () => {
    const model = encodeWordModel(
      -1,
      weightsWith([
        [7, 1],
        [9, 0.001],
      ]),
    );
    expect(model.count).toBe(1);
    expect(wordLogit('zzzz qqqq', encodeWordModel(-1, weightsWith([])))).toBe(-1);
  });

  test('rejects a corrupt model', () => {
    const model = { ...encodeWordModel(0, weightsWith([[5, 1]])), count: 3 };
    expect(() => wordLogit('anything', model)).toThrow(/corrupt/);
  });
});

describe('sentenceFeatures', () => {
  test('is case- and digit-insensitive and gives character grams a lower value', () => {
    const features = sentenceFeatures('Taxes rose 12%');
    expect(sentenceFeatures('taxes rose 47%')).toEqual(features);
    expect(new Set(features.values())).toEqual(new Set([1, 0.5]));
    for (const bucket of features.keys()) expect(bucket).toBeLessThan(HASH_SPACE);
  });
});
