/**
 * MinHash signatures and LSH band keys of a feature set. Each of `SIGNATURE_SIZE` hash functions
 * is `(a·x + b) mod 2^32` with fixed odd `a` (from a seeded generator, so signatures stored in one
 * browser compare with signatures computed anywhere); the signature keeps each function's
 * minimum. Two sets agree on a function's minimum with probability equal to their Jaccard
 * similarity, so claims sharing many features share whole bands: a band key is the hash of
 * `ROWS_PER_BAND` consecutive minima, prefixed with its band number.
 *
 * Invariant: empty feature sets have no band keys (they can never be candidates).
 */
import { BANDS, ROWS_PER_BAND } from './thresholds';

export const SIGNATURE_SIZE = BANDS * ROWS_PER_BAND;

/** mulberry32: a tiny seeded generator, enough to draw fixed hash coefficients. */
function coefficients(seed: number, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let state = seed >>> 0;
  for (let i = 0; i < count; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = (t ^ (t >>> 14)) >>> 0;
  }
  return out;
}

const MULTIPLY = coefficients(0x5eed1, SIGNATURE_SIZE).map((a) => a | 1);
const ADD = coefficients(0x5eed2, SIGNATURE_SIZE);

/** The MinHash signature of a feature set (SIGNATURE_SIZE unsigned 32-bit minima). */
export function minhash(features: ArrayLike<number>): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let f = 0; f < features.length; f++) {
    const feature = features[f] as number;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      // Mix the feature first: FNV values of similar words are close, a multiply spreads them.
      const value = (Math.imul(feature ^ (feature >>> 16), MULTIPLY[i] as number) + (ADD[i] as number)) >>> 0;
      if (value < (signature[i] as number)) signature[i] = value;
    }
  }
  return signature;
}

/** One 32-bit hash per band (FNV-1a of its rows, seeded with the band number). */
export function bandHashes(features: ArrayLike<number>): Uint32Array {
  const signature = minhash(features);
  const hashes = new Uint32Array(BANDS);
  for (let band = 0; band < BANDS; band++) {
    let hash = 0x811c9dc5 ^ band;
    for (let row = 0; row < ROWS_PER_BAND; row++) {
      hash = Math.imul(hash ^ (signature[band * ROWS_PER_BAND + row] as number), 0x01000193) >>> 0;
    }
    hashes[band] = hash;
  }
  return hashes;
}

/** One key per band, `"<band>:<hash of its rows>"` in base 36; none for an empty set. */
export function bandKeys(features: readonly number[]): string[] {
  if (features.length === 0) return [];
  return [...bandHashes(features)].map((hash, band) => `${band.toString(36)}:${hash.toString(36)}`);
}
