/**
 * An in-memory claim memory: fact-checked claims keyed by id, each with its tokens, features and
 * LSH band keys; `best(sentence)` answers the stored claim most like the sentence, or null.
 * Lookup is: band keys of the sentence → candidates sharing a band → guards → exact Jaccard
 * ≥ MATCH_THRESHOLD → highest similarity (ties: the smallest id, so answers are stable).
 *
 * The CLI (`factmark match`) and the benchmark use it directly; the extension stores the same
 * fingerprints (`claimFingerprint`) in IndexedDB and runs `bestMatch` on the rows it reads.
 *
 * Invariant: `add` of an existing id replaces it; `remove` leaves no band pointing at it.
 */
import { guardVeto } from './guards';
import { bandKeys } from './minhash';
import { type ClaimTokens, claimTokens } from './normalise';
import { claimShingles, jaccard } from './shingles';
import { MATCH_THRESHOLD, MIN_FEATURES } from './thresholds';

/** What the memory keeps of one claim. */
export interface ClaimFingerprint {
  tokens: ClaimTokens;
  shingles: number[];
  bands: string[];
}

/** A stored claim that matches a sentence. */
export interface ClaimMatch {
  id: string;
  similarity: number;
}

/** Tokens, features and band keys of a claim; no band keys when it is too short to match. */
export function claimFingerprint(text: string): ClaimFingerprint {
  const tokens = claimTokens(text);
  const shingles = claimShingles(tokens);
  return { tokens, shingles, bands: shingles.length >= MIN_FEATURES ? bandKeys(shingles) : [] };
}

/** The best of `candidates` for `query` at `threshold`, or null. */
export function bestMatch(
  query: ClaimFingerprint,
  candidates: Iterable<{ id: string; fingerprint: Pick<ClaimFingerprint, 'tokens' | 'shingles'> }>,
  threshold = MATCH_THRESHOLD,
): ClaimMatch | null {
  if (query.shingles.length < MIN_FEATURES) return null;
  let best: ClaimMatch | null = null;
  for (const { id, fingerprint } of candidates) {
    if (guardVeto(query.tokens, fingerprint.tokens) !== null) continue;
    const similarity = jaccard(query.shingles, fingerprint.shingles);
    if (similarity < threshold) continue;
    if (!best || similarity > best.similarity || (similarity === best.similarity && id < best.id)) {
      best = { id, similarity };
    }
  }
  return best;
}

export class ClaimIndex {
  private readonly claims = new Map<string, ClaimFingerprint>();
  private readonly buckets = new Map<string, Set<string>>();

  get size(): number {
    return this.claims.size;
  }

  add(id: string, text: string): void {
    this.addFingerprint(id, claimFingerprint(text));
  }

  addFingerprint(id: string, fingerprint: ClaimFingerprint): void {
    this.remove(id);
    this.claims.set(id, fingerprint);
    for (const key of fingerprint.bands) {
      const bucket = this.buckets.get(key);
      if (bucket) bucket.add(id);
      else this.buckets.set(key, new Set([id]));
    }
  }

  remove(id: string): void {
    const old = this.claims.get(id);
    if (!old) return;
    this.claims.delete(id);
    for (const key of old.bands) {
      const bucket = this.buckets.get(key);
      bucket?.delete(id);
      if (bucket?.size === 0) this.buckets.delete(key);
    }
  }

  /** Ids sharing at least one band with the fingerprint. */
  candidates(fingerprint: ClaimFingerprint): Set<string> {
    const ids = new Set<string>();
    for (const key of fingerprint.bands) for (const id of this.buckets.get(key) ?? []) ids.add(id);
    return ids;
  }

  /** The stored claim most like `text`, or null. */
  best(text: string, threshold = MATCH_THRESHOLD): ClaimMatch | null {
    const query = claimFingerprint(text);
    const candidates = [...this.candidates(query)].map((id) => ({
      id,
      fingerprint: this.claims.get(id) as ClaimFingerprint,
    }));
    return bestMatch(query, candidates, threshold);
  }
}
