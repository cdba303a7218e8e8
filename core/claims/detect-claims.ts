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
 * Scores at or above this are claims. The trained biases put the threshold that maximised F1
 * on held-out debate sentences here; lowering it highlights more real claims but also more
 * noise for the reader to wade through, raising it the reverse.
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
