/**
 * A light stemmer for French and English search prefixes. It strips one common inflectional or
 * derivational ending from a folded word ("reconnaitre" → "reconn", "organisations" → "organis",
 * "talibans" → "taliban") so that a prefix search on the stem finds the other forms of the word
 * ("reconnait", "reconnu", "organiser").
 *
 * Trade-off: stems are matched as prefixes of the indexed words, never stored, so the index keeps
 * exact words and an unfinished word typed in the search box still matches. The price is some
 * over-matching ("port" also finds "portugal"), which the reader sees and narrows with a second
 * word; irregular forms that do not share a prefix ("est" / "etre") are not found.
 */

/**
 * Endings stripped (the longest that fits wins); French and English mixed because a query's
 * language is unknown. Each is tried only if it leaves at least `MIN_STEM` letters.
 */
const SUFFIXES = [
  'issements',
  'issement',
  'issantes',
  'issants',
  'issante',
  'issant',
  'aissent',
  'aissait',
  'aitront',
  'aitrait',
  'ations',
  'ation',
  'ements',
  'ement',
  'atrices',
  'atrice',
  'ateurs',
  'ateur',
  'ables',
  'able',
  'ances',
  'ance',
  'ences',
  'ence',
  'euses',
  'euse',
  'aient',
  'erent',
  'eront',
  'erait',
  'aitre',
  'ities',
  'iques',
  'ique',
  'ismes',
  'isme',
  'istes',
  'iste',
  'ings',
  'ing',
  'edly',
  'ness',
  'ment',
  'ites',
  'ives',
  'ive',
  'ifs',
  'eux',
  'ait',
  'ais',
  'ant',
  'ent',
  'ies',
  'ied',
  'ity',
  'ite',
  'ees',
  'ons',
  'era',
  'ers',
  'ez',
  'er',
  'ir',
  're',
  'ee',
  'es',
  'ed',
  'ly',
  'e',
  's',
  'x',
  'u',
].sort((a, b) => b.length - a.length);

/**
 * Shortest stem kept: below four letters a prefix matches too many unrelated words, so short
 * words are searched whole (still as a prefix).
 */
const MIN_STEM = 4;

/** The search prefix for one folded word. */
export function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) {
      return word.slice(0, word.length - suffix.length);
    }
  }
  return word;
}
