/**
 * What claim detection hands to the rest of Factmark.
 */

export interface Sentence {
  text: string;
  /** Offsets into the text it was split from (UTF-16 units). */
  start: number;
  end: number;
}

/** Where a sentence is in the text it was split from (UTF-16 offsets). */
export type SentenceSpan = Pick<Sentence, 'start' | 'end'>;

export interface ClaimScore {
  /** Check-worthiness from 0 to 1. */
  score: number;
  /** Identifiers of the signals that fired, e.g. `figure`, `date`, `superlative`, `attribution`. */
  reasons: string[];
}

export interface DetectedClaim extends Sentence, ClaimScore {}

/** How strongly a highlighted claim is marked: `strong` for the article's strongest ones. */
type ClaimTier = 'strong' | 'claim';

/** A claim the page highlights, ranked within its article (1 = best-scoring sentence). */
export interface RankedClaim extends DetectedClaim {
  tier: ClaimTier;
  rank: number;
}
