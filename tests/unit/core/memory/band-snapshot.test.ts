import { describe, expect, test } from 'vitest';
import { packFeatures, unpackFeatures } from '../../../../core/memory/band-snapshot';

describe('packFeatures', () => {
  test.each([
    ['none', []],
    ['one', [{ id: 'fc:a', features: [1, 2, 3] }]],
    [
      'several, empty features and large values included',
      [
        { id: 'fc:a', features: [4_294_967_295, 7] },
        { id: 'pr1', features: [] },
        { id: 'fc:é', features: [0] },
      ],
    ],
  ])('gives back the same claims: %s', (_, claims) => {
    const packed = packFeatures(claims);
    expect(packed).not.toBeNull();
    const back = unpackFeatures(packed as NonNullable<typeof packed>);
    expect(back.map(({ id, features }) => ({ id, features: [...features] }))).toEqual(claims);
  });

  test('refuses an id holding a newline', () => {
    expect(packFeatures([{ id: 'a\nb', features: [1] }])).toBeNull();
  });
});
