/**
 * Rows as stored: the exchange records (core/model/fact-check.ts) plus the fields derived for
 * indexes. Derived fields are recomputed by `storage/` on every write and never exported.
 */
import type { ArticleRecord, ClaimRecord, FactCheckRecord } from '../core/model/fact-check';

/** Where a claim was last found on its page: set by the content script after re-anchoring. */
export type AnchorStatus = 'exact' | 'fuzzy' | 'orphan' | 'unknown';

export type StoredArticle = ArticleRecord;

export interface StoredClaim extends ClaimRecord {
  anchorStatus: AnchorStatus;
}

export interface StoredFactCheck extends FactCheckRecord {
  /** The article's site, copied so the review page filters by an index. */
  site: string;
  /** Folded words of the claim, note, tags, source titles and article title (see core/search). */
  words: string[];
  /** Number of sources: `sourceCount` > 0 answers "with sources" from an index. */
  sourceCount: number;
}
