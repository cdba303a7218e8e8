/**
 * Finds the check-worthy sentences of a text: splits it (`split-sentences.ts`) and scores each
 * sentence (`score-sentence.ts`).
 *
 * Invariants: results keep the splitter's order and offsets; `detectClaims` is exactly the
 * part of `scoreSentences` scoring at least `CLAIM_THRESHOLD`.
 */
import { scoreSentence } from './score-sentence';
import { splitSentences } from './split-sentences';
import type { DetectedClaim, Sentence } from './types';

/**
 * Scores at or above this are claims. Training folds each language's calibrated threshold into
 * its model so that it falls here: the F1-optimal one on held-out English debate sentences,
 * half the best out-of-fold F1 on the French tuning sentences (`scripts/train-claims.ts`).
 * Lowering it highlights more real claims but also more noise, raising it the reverse; to
 * highlight fewer sentences per article, rank them (`rank-claims.ts`) rather than move it.
 */
export const CLAIM_THRESHOLD = 0.5;

/** One split sentence with its score and reasons (callers that score in slices use this). */
export function scoreSplitSentence(sentence: Sentence, lang: string): DetectedClaim {
  return { ...sentence, ...scoreSentence(sentence.text, lang) };
}

/** Every sentence of `text` (language `lang`, BCP 47) with its score and reasons. */
export function scoreSentences(text: string, lang: string): DetectedClaim[] {
  return splitSentences(text, lang).map((sentence) => scoreSplitSentence(sentence, lang));
}

/** The sentences of `text` scoring at least `CLAIM_THRESHOLD`. */
export function detectClaims(text: string, lang: string): DetectedClaim[] {
  return scoreSentences(text, lang).filter((claim) => claim.score >= CLAIM_THRESHOLD);
}
