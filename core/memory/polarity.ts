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
  up: boolean;
  down: boolean;
}

const starts = (word: string, prefixes: readonly string[]) =>
  prefixes.some((prefix) => word.startsWith(prefix));

/** The polarity of a claim's folded words (before stopwords are dropped). */
export function polarityOf(foldedWords: readonly string[]): Polarity {
  const polarity: Polarity = { negated: false, up: false, down: false };
  for (const word of foldedWords) {
    if (NEGATIONS.has(word) || word.endsWith("n't") || word === 't') polarity.negated = true;
    else if (starts(word, UP)) polarity.up = true;
    else if (starts(word, DOWN)) polarity.down = true;
  }
  return polarity;
}

/** True when two polarities say opposite things. */
export function polaritiesDisagree(a: Polarity, b: Polarity): boolean {
  if (a.negated !== b.negated) return true;
  const direction = (p: Polarity) => (p.up && !p.down ? 'up' : p.down && !p.up ? 'down' : null);
  const left = direction(a);
  const right = direction(b);
  return left !== null && right !== null && left !== right;
}

/** Whether a folded word is a negation or a verb of change (rewordings swap these freely). */
export function isPolarityWord(word: string): boolean {
  return NEGATIONS.has(word) || starts(word, UP) || starts(word, DOWN);
}
