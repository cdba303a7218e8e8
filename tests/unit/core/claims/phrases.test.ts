import { describe, expect, test } from 'vitest';
import { foldCase, foldedPattern, phrases } from '../../../../core/claims/lang/phrases';

const KEPT = /^[a-zß-öø-ÿœ]$/;
const KEPT_IU = /^[a-zß-öø-ÿœ]$/iu;
const LETTER_IU = /^\p{L}$/iu;
const LETTER_OR_NUMBER_IU = /^[\p{L}\p{N}]$/iu;

describe('foldCase', () => {
  test('matches the iu flags on every code point: same letter, letter and number classes', () => {
    const wrong: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      const folded = foldCase(char);
      const kept = KEPT.test(folded);
      const sameLetter = kept ? new RegExp(`^${folded}$`, 'iu').test(char) : !KEPT_IU.test(char);
      const letter = kept || folded === 'L';
      const letterOrNumber = letter || folded === 'N' || /^[0-9]$/.test(folded);
      const placeholder = folded === 'L' || folded === 'N';
      const unchanged = kept || placeholder || folded === char;
      if (
        !sameLetter ||
        letter !== LETTER_IU.test(char) ||
        letterOrNumber !== LETTER_OR_NUMBER_IU.test(char) ||
        (placeholder && code < 0x80) ||
        !unchanged
      )
        wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  test.each([
    ['Élysée', 'élysée'],
    ['İstanbul', 'Lstanbul'],
    ['ſtate 300 K', 'state 300 k'],
    ['Москва ٣ 😀', 'LLLLLL N 😀'],
  ])('%s → %s', (text, folded) => {
    expect(foldCase(text)).toBe(folded);
  });
});

describe('phrases', () => {
  test.each([
    ['ÉTAIT', true],
    ['il était', true],
    ['étaitement', false],
    ['xétait', false],
    ['Létait', false],
  ])('whole words, any case: %s → %s', (text, matches) => {
    expect(phrases('était').folded.test(foldCase(text))).toBe(matches);
  });

  test('spaces match runs of white space and \\p{L} any letter', () => {
    expect(phrases('il y a \\p{L}+').folded.test(foldCase('Il  y\ta Ωmega'))).toBe(true);
    expect(foldedPattern("(?<!\\p{L})t'(?=\\p{L})").folded.test(foldCase("T'as vu"))).toBe(true);
  });
});
