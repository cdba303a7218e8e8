import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  offsetConverter,
  splitsSurrogatePair,
  toCodePoints,
  toUtf16,
} from '../../../../core/anchoring/code-points';

describe('toCodePoints', () => {
  test.each([
    ['abc', 2, 2],
    ['', 0, 0],
    ['a😀b', 1, 1],
    ['a😀b', 2, 2], // between the halves of the pair: the pair counts
    ['a😀b', 3, 2],
    ['a😀b', 4, 3],
    ['😀😀', 2, 1],
    ['😀😀', 4, 2],
    ['\uD83Dx', 2, 2], // a lone surrogate is one code point
    ['a😀b', 99, 3], // clamped to the text
    ['a😀b', -5, 0],
  ])('%j at UTF-16 %i is code point %i', (text, utf16, expected) => {
    expect(toCodePoints(text, utf16)).toBe(expected);
  });
});

describe('toUtf16', () => {
  test.each([
    ['abc', 2, 2],
    ['a😀b', 1, 1],
    ['a😀b', 2, 3],
    ['a😀b', 3, 4],
    ['😀😀', 1, 2],
    ['x😀y😀z', 4, 6],
    ['\uDE00x', 1, 1],
    ['a😀b', 99, 4],
    ['a😀b', -1, 0],
  ])('%j at code point %i is UTF-16 %i', (text, codePoints, expected) => {
    expect(toUtf16(text, codePoints)).toBe(expected);
  });
});

test.each([1.5, Number.NaN])('non-integer offset %d is a RangeError', (offset) => {
  expect(() => toCodePoints('abc', offset)).toThrow(RangeError);
  expect(() => toUtf16('abc', offset)).toThrow(RangeError);
});

test.each([
  ['a😀b', 2, true],
  ['a😀b', 1, false],
  ['a😀b', 3, false],
  ['\uD83D', 1, false],
])('splitsSurrogatePair(%j, %i) is %s', (text, offset, expected) => {
  expect(splitsSurrogatePair(text, offset)).toBe(expected);
});

test('agrees with string iteration at every code point boundary, both ways', () => {
  const unit = fc.constantFrom('a', 'é', ' ', '😀', '𝔘', '\uD83D', '\uDE00');
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
      const offsets = offsetConverter(text);
      let utf16 = 0;
      const points = Array.from(text);
      for (let cp = 0; cp <= points.length; cp++) {
        expect(offsets.toCodePoints(utf16)).toBe(cp);
        expect(offsets.toUtf16(cp)).toBe(utf16);
        utf16 += points[cp]?.length ?? 0;
      }
    }),
  );
});
