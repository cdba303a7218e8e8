/**
 * Hashed word features: lower-case unigrams and bigrams mapped to a fixed number of buckets
 * with 32-bit FNV-1a, so a learned word model ships as one small array and no vocabulary (and
 * none of the training sentences) leaves the training machine.
 *
 * Invariants: deterministic across runtimes (pure integer arithmetic); each bucket is listed
 * once per sentence, so repeated words do not dominate.
 */

const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

/** 32-bit FNV-1a over UTF-16 units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The distinct buckets (0 ≤ b < `buckets`) of the sentence's unigrams and bigrams. */
export function hashedWordFeatures(sentence: string, buckets: number): number[] {
  const tokens = sentence.toLowerCase().replace(/\d/g, '0').match(TOKEN) ?? [];
  const features = new Set<number>();
  tokens.forEach((token, i) => {
    features.add(fnv1a(token) % buckets);
    const previous = i > 0 ? tokens[i - 1] : '<s>';
    features.add(fnv1a(`${previous} ${token}`) % buckets);
  });
  return [...features];
}
