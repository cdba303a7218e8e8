/**
 * The sense of a claim that word overlap cannot see: is it negated ("does not cause", "n'a pas"),
 * and which way does its figure move ("rose" / "fell", "hausse" / "baisse", "highest" /
 * "lowest", "more" / "fewer")? "The vaccine causes autism" and "the vaccine does not cause
 * autism" share every content word; guards.ts vetoes a match when the senses disagree.
 *
 * Words are folded (lower case, no accents) and matched by prefix, so inflections agree
 * ("augmente", "augmenté", "augmentation").
 */

/** Negation words (folded); "n't" is split off by the tokenizer as `t` after an apostrophe. */
const NEGATIONS = new Set([
  'pas',
  'jamais',
  'aucun',
  'aucune',
  'rien',
  'not',
  'never',
  'no',
  'none',
  'nor',
  'sans',
  'without',
]);

const UP = [
  'augment',
  'hauss',
  'progress',
  'grimp',
  'bondi',
  'envol',
  'rose',
  'rise',
  'rising',
  'risen',
  'increas',
  'grew',
  'grow',
  'climb',
  'soar',
  'jump',
  'highest',
  'record',
  'plus',
  'more',
  'doubl',
  'tripl',
  'gain',
  'over',
  'au-dessus',
  'above',
  'depass',
  'exceed',
  'franchi',
];
const DOWN = [
  'baiss',
  'recul',
  'chut',
  'diminu',
  'fell',
  'fall',
  'drop',
  'declin',
  'decreas',
  'shrank',
  'shrink',
  'lowest',
  'moins',
  'less',
  'fewer',
  'under',
  'below',
  'cut',
  'reduit',
  'reduct',
  'evit',
  'prevent',
];

export interface Polarity {
  negated: boolean;
  /** How many words of a rise ("augmente", "more", "over") and of a fall ("baisse", "less"). */
  up: number;
  down: number;
}

const starts = (word: string, prefixes: readonly string[]) =>
  prefixes.some((prefix) => word.startsWith(prefix));

/** The polarity of a claim's folded words (before stopwords are dropped). */
export function polarityOf(foldedWords: readonly string[]): Polarity {
  const polarity: Polarity = { negated: false, up: 0, down: 0 };
  for (const word of foldedWords) {
    if (NEGATIONS.has(word) || word.endsWith("n't") || word === 't') polarity.negated = true;
    else if (starts(word, UP)) polarity.up++;
    else if (starts(word, DOWN)) polarity.down++;
  }
  return polarity;
}

/**
 * True when two polarities say opposite things: one is negated and the other not, or one has a
 * word of rise the other lacks while the other has a word of fall the first lacks. Counting
 * rather than reducing each claim to one direction keeps a word that is ambiguous ("over their
 * lifetime", "more than") from masking the opposition: "more … over" against "less … over"
 * still disagree. A rewording that swaps one verb of rise for another keeps its counts.
 */
export function polaritiesDisagree(a: Polarity, b: Polarity): boolean {
  if (a.negated !== b.negated) return true;
  return (a.up > b.up && b.down > a.down) || (b.up > a.up && a.down > b.down);
}

/** Whether a folded word is a negation or a verb of change (rewordings swap these freely). */
export function isPolarityWord(word: string): boolean {
  return NEGATIONS.has(word) || starts(word, UP) || starts(word, DOWN);
}
