/**
 * Vetoes that keep a look-alike from passing as "already checked": a rewording keeps its figures
 * and its actors, a different claim on the same topic usually changes one of them. Word overlap
 * alone cannot tell "unemployment fell to 7.1%" from "unemployment fell to 7.3%" (one token in
 * twenty), so a match must pass these first.
 *
 * - Figures: when both claims carry figures, they must carry the same ones (as sets: "from 5 to
 *   7" and "to 7 from 5" agree). A claim with figures and one without may still match ("a
 *   record" / "a record 12%" is a rewording the reader would want to see).
 * - Names: when both claims name someone or something and each names one the other does not,
 *   they are about different actors ("Macron said…" / "Le Pen said…"). A claim whose actor is
 *   written out on one side only ("the President" / "Macron") passes.
 * - Substitution: when each claim has a content word the other lacks (figures, hedges such as
 *   "about" and verbs of change left aside, one stem a prefix of the other counting as the same
 *   word), one thing was swapped for another ("food prices" / "energy prices"). Republications
 *   and rewordings mostly add words (a source, a day) or swap verbs of change, which pass; a
 *   swapped synonym ("hottest" / "warmest") is lost, the price of never matching a swapped topic.
 * - Polarity (polarity.ts): a negated claim never matches its affirmation, and a rise never
 *   matches a fall.
 */
import type { ClaimTokens } from './normalise';
import { isPolarityWord, polaritiesDisagree } from './polarity';

/** Hedges a rewording adds or drops without changing the claim ("about 70%", "près de 70 %"). */
const HEDGES = new Set([
  'environ',
  'pres',
  'presque',
  'quelque',
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'some',
  'than',
  'over',
  'level',
]);

/**
 * Two stems of one word ("produit"/"produ", "net"/"nets"): equal, or one of three letters or more
 * is the start of the other (a shorter prefix would let "us" stand for "usine").
 */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short);
}

/** Content words of `a` that `b` lacks, leaving out figures, hedges and polarity words. */
function residue(a: readonly string[], b: readonly string[], figures: ReadonlySet<string>): string[] {
  return a.filter(
    (word) =>
      !figures.has(word) &&
      !HEDGES.has(word) &&
      !isPolarityWord(word) &&
      !b.some((other) => sameWord(word, other)),
  );
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
}

/** Why two claims may not match, or null when no guard objects. */
export type Veto = 'figures' | 'names' | 'polarity' | 'substitution';

export function guardVeto(a: ClaimTokens, b: ClaimTokens): Veto | null {
  if (polaritiesDisagree(a.polarity, b.polarity)) return 'polarity';
  if (a.figures.length > 0 && b.figures.length > 0 && !sameSet(a.figures, b.figures)) return 'figures';
  if (a.names.length > 0 && b.names.length > 0) {
    const left = new Set(a.names);
    const right = new Set(b.names);
    const onlyLeft = [...left].some((name) => !right.has(name));
    const onlyRight = [...right].some((name) => !left.has(name));
    if (onlyLeft && onlyRight) return 'names';
  }
  const figures = new Set([...a.figures, ...b.figures]);
  if (residue(a.words, b.words, figures).length > 0 && residue(b.words, a.words, figures).length > 0) {
    return 'substitution';
  }
  return null;
}
