/**
 * Builds the word-bounded patterns of language profiles, matched against the sentence's case
 * fold (`foldCase`) rather than with the `iu` flags: on cold code V8 spent tens of milliseconds per page
 * compiling `iu` patterns whose `\p{L}` classes it must close over case, while the same
 * patterns over a folded alphabet are small ASCII/Latin-1 classes, quick to compile.
 *
 * Invariant (checked over every code point by `tests/unit/core/claims/phrases.test.ts`): a
 * pattern built here matches `foldCase(text)` exactly when its source, with the `iu` flags,
 * matches `text`. Sources may spell lower-case ASCII and Latin-1 letters and `œ`, and `\p{L}`.
 */

/** Lower-case letters that fold to themselves and that word lists may spell. */
const KEPT = /^[a-zß-öø-ÿœ]$/;
/**
 * Letters under the `iu` flags: `\p{L}` plus U+0345 (a combining mark whose case fold is the
 * letter ι).
 */
const LETTER = /\p{L}|\u0345/u;
const NUMBER = /\p{N}/u;
/** In folded text: a letter not in `KEPT`, and a number other than 0-9. */
const OTHER_LETTER = 'L';
const OTHER_NUMBER = 'N';

/** `\p{L}` and `[\p{L}\p{N}]` over folded text. */
const FOLDED_LETTER = `[a-zß-öø-ÿœ${OTHER_LETTER}]`;
const FOLDED_LETTER_OR_DIGIT = `[a-zß-öø-ÿœ0-9${OTHER_LETTER}${OTHER_NUMBER}]`;

const folds = new Map<string, string>();

function foldChar(char: string): string {
  let folded = folds.get(char);
  if (folded === undefined) {
    const lower = char === 'ſ' ? 's' : char.toLowerCase();
    if (KEPT.test(lower)) folded = lower;
    else if (LETTER.test(char)) folded = OTHER_LETTER;
    else if (NUMBER.test(char)) folded = OTHER_NUMBER;
    else folded = char;
    folds.set(char, folded);
  }
  return folded;
}

/**
 * The text as `phrases` patterns see it: each letter case-folded to a `KEPT` letter (`É` → `é`,
 * `ſ` → `s`) or else replaced by `L`, each number other than 0-9 by `N`; anything else as is.
 */
export function foldCase(text: string): string {
  return text.replace(/[A-Z]|[^\0-\x7f]/gu, foldChar);
}

/** A pattern over `foldCase(text)`; see `foldedPattern`. */
export interface Phrases {
  readonly folded: RegExp;
}

/** A pattern (a regular-expression source) that matches like `new RegExp(source, 'iu')`. */
export function foldedPattern(source: string): Phrases {
  return { folded: new RegExp(source.replaceAll('\\p{L}', FOLDED_LETTER)) };
}

/**
 * One pattern matching any of `alternatives` (regular-expression sources) as whole words:
 * JavaScript's `\b` only knows ASCII letters, so "légitimité" would break it; a letter or digit
 * on either side of a match is excluded instead. Spaces inside an alternative match any run of
 * white space.
 */
export function phrases(...alternatives: string[]): Phrases {
  const body = alternatives.map((a) => a.replace(/ /g, '\\s+')).join('|');
  const { folded } = foldedPattern(body);
  return {
    folded: new RegExp(`(?<!${FOLDED_LETTER_OR_DIGIT})(?:${folded.source})(?!${FOLDED_LETTER_OR_DIGIT})`),
  };
}
