/**
 * Folds text into the words the review page searches: lower case, accents removed
 * ("reconnaît" → "reconnait"), split on anything that is not a letter or digit.
 * The same function builds the stored index and reads the user's query, so both sides
 * always fold alike.
 */

/** Words shorter than this are not indexed: they match too much to narrow a search. */
const MIN_WORD_LENGTH = 2;

/** Lower-cases and strips combining marks (NFD), so accents and case never decide a match. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The distinct folded words of `texts`, for a multi-entry index. */
export function searchWords(...texts: string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const word of foldText(text).split(/[^\p{L}\p{N}]+/u)) {
      if (word.length >= MIN_WORD_LENGTH) words.add(word);
    }
  }
  return [...words];
}
