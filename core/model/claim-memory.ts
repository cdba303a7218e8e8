/**
 * Rows of the claim memory ("already checked" across sites) and of the fact-checks published by
 * fact-checkers that the reader saved. Stored by storage/claim-memory.ts and
 * storage/published-reviews.ts; matched by core/memory/.
 */
import type { PublishedReview } from '../claimreview/published-review';
import type { PackedBandIndex } from '../memory/band-snapshot';
import type { ClaimTokens } from '../memory/normalise';
import type { Source } from './fact-check';
import type { Verdict } from './verdict';

/** One remembered claim: a fact-check of the reader's with a verdict, or a saved published review. */
export interface ClaimMemoryRow {
  /** `fc:<fact-check id>` or `pr:<published review id>`. */
  id: string;
  kind: 'factCheck' | 'published';
  /** The fact-check's or the published review's id. */
  refId: string;
  tokens: ClaimTokens;
  shingles: number[];
}

/**
 * One entry of the claim memory's change feed: memory row `id` was last put or deleted by the
 * write numbered `seq` (increasing across every context that writes). The id `*` means "every
 * row changed" (a schema upgrade recomputed the memory).
 */
export interface ClaimMemoryChange {
  id: string;
  seq: number;
}

/**
 * The background's claim memory index as saved for its next start (storage/claim-memory-index.ts):
 * every memory row's features and the bands' sorted keys, flat (core/memory/band-snapshot.ts),
 * as of change `seq`.
 */
export interface ClaimMemorySnapshot extends PackedBandIndex {
  id: 'index';
  seq: number;
}

/** A published review the reader saved, with where it was found. */
export interface StoredPublishedReview extends PublishedReview {
  id: string;
  /** The page the markup was read on. */
  pageUrl: string;
  savedAt: string;
}

/**
 * What the reader is shown for a sentence of the page that was checked before. It crosses into
 * the tab of another site (the content script, which shares the page's process): it holds only
 * what the card shows, never the reader's note.
 */
export type EarlierCheck =
  | {
      kind: 'factCheck';
      factCheckId: string;
      verdict: Verdict;
      claimText: string;
      sources: Source[];
      articleUrl: string;
      articleTitle: string;
      site: string;
      checkedAt: string;
    }
  | {
      kind: 'published';
      reviewId: string;
      verdict: Verdict | null;
      claimText: string;
      /** "AFP Factuel". */
      reviewer: string | null;
      /** The publisher's own wording ("Faux"). */
      rating: string | null;
      /** The review's address (else the page it was read on). */
      url: string;
      datePublished: string | null;
    };

/** One sentence of the page that matches an earlier check. */
export interface AlreadyChecked {
  /** Index of the sentence in the request. */
  sentence: number;
  similarity: number;
  earlier: EarlierCheck;
}
