/**
 * The features of a claim that MinHash samples and that a candidate is verified on: each content
 * word once, and each pair of neighbouring content words, hashed to 32 bits (FNV-1a). Words give
 * rewordings their overlap ("hausse des prix" / "les prix ont augmenté" share `prix`); pairs
 * reward the same phrasing, so a republication scores higher than a paraphrase.
 *
 * Invariant: a set (each feature once), computed from `claimTokens` alone.
 */
import type { ClaimTokens } from './normalise';
import { fnv1a } from '../text/fnv1a';

/** The distinct hashed word and word-pair features of a claim, sorted ascending. */
export function claimShingles(tokens: ClaimTokens): number[] {
  const features = new Set<number>();
  tokens.words.forEach((word, i) => {
    features.add(fnv1a(word));
    const next = tokens.words[i + 1];
    if (next !== undefined) features.add(fnv1a(`${word} ${next}`));
  });
  return [...features].sort((a, b) => a - b);
}

/** |A ∩ B| / |A ∪ B| of two sorted feature lists (1 for two empty lists would be a false match: 0). */
export function jaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}
