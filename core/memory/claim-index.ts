/**
 * An in-memory claim memory: fact-checked claims keyed by id, each with its tokens, features and
 * LSH band keys; `best(sentence)` answers the stored claim most like the sentence, or null.
 * Lookup is: band keys of the sentence → candidates sharing a band (band-index.ts) → exact
 * Jaccard ≥ MATCH_THRESHOLD → guards → highest similarity (ties: the smallest id, so answers
 * are stable).
 *
 * The CLI (`factmark match`) and the benchmark use it directly; the extension stores the same
 * fingerprints (`claimFingerprint`) in IndexedDB, and its background keeps a BandIndex of them
 * (storage/claim-memory-index.ts), reading the tokens of the few claims above the threshold.
 *
 * Invariant: `add` of an existing id replaces it; `remove` leaves no band pointing at it.
 */
import { type BandCandidate, BandIndex } from './band-index';
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

/**
 * The first of `candidates` (best first, as BandIndex answers them) that no guard vetoes, or
 * null. Equivalent to `bestMatch` over the same claims: the guards and the threshold are both
 * filters, so testing the guards only on claims above the threshold changes nothing but the cost.
 */
export function firstUnvetoed(
  query: Pick<ClaimFingerprint, 'tokens'>,
  candidates: readonly BandCandidate[],
  tokensOf: (id: string) => ClaimTokens | undefined,
): ClaimMatch | null {
  for (const candidate of candidates) {
    const tokens = tokensOf(candidate.id);
    if (tokens && guardVeto(query.tokens, tokens) === null) return candidate;
  }
  return null;
}

export class ClaimIndex {
  private readonly bands = new BandIndex();
  private readonly tokens = new Map<string, ClaimTokens>();

  get size(): number {
    return this.tokens.size;
  }

  add(id: string, text: string): void {
    this.addFingerprint(id, claimFingerprint(text));
  }

  addFingerprint(id: string, fingerprint: Pick<ClaimFingerprint, 'tokens' | 'shingles'>): void {
    this.tokens.set(id, fingerprint.tokens);
    this.bands.add(id, fingerprint.shingles);
  }

  /** Stores many fingerprints at once, sorting once (BandIndex.addMany). */
  addFingerprints(
    entries: readonly { id: string; fingerprint: Pick<ClaimFingerprint, 'tokens' | 'shingles'> }[],
  ): void {
    for (const { id, fingerprint } of entries) this.tokens.set(id, fingerprint.tokens);
    this.bands.addMany(entries.map(({ id, fingerprint }) => ({ id, features: fingerprint.shingles })));
  }

  remove(id: string): void {
    this.tokens.delete(id);
    this.bands.remove(id);
  }

  /** The stored claim most like `text`, or null. */
  best(text: string, threshold = MATCH_THRESHOLD): ClaimMatch | null {
    const query = claimFingerprint(text);
    return firstUnvetoed(query, this.bands.above(query.shingles, threshold), (id) => this.tokens.get(id));
  }
}
