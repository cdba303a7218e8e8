/**
 * 32-bit FNV-1a over UTF-16 code units: tiny, stable in every runtime, well spread. Used where a
 * text needs a fixed small number: hashed word features (claims), claim-memory shingles and
 * review ids, the benchmarks' tune/validation split, the French data's sentence keys.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
