/**
 * Folds text into the words the review page searches: lower case, accents removed
 * ("reconnaît" → "reconnait"), split on anything that is not a letter or digit, common French
 * and English words left out (stopwords.ts). The same function builds the stored index and
 * reads the user's query, so both sides always fold alike; a query word is then matched as a
 * prefix of its stem (stem.ts).
 */
import { stem } from './stem';
import { STOPWORDS } from './stopwords';

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
      if (word.length >= MIN_WORD_LENGTH && !STOPWORDS.has(word)) words.add(word);
    }
  }
  return [...words];
}

/**
 * The prefixes a query looks for, one per distinct query word: every one must match some indexed
 * word of a fact-check (AND). Empty when the query has no word worth searching.
 */
export function queryPrefixes(query: string): string[] {
  const prefixes = new Set(searchWords(query).map(stem));
  // A prefix that extends another adds nothing: "reconn" already covers "reconnu".
  return [...prefixes].filter(
    (prefix) => ![...prefixes].some((other) => other !== prefix && prefix.startsWith(other)),
  );
}
