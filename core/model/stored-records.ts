/**
 * Rows as stored: the exchange records (fact-check.ts) plus the fields derived for indexes, and
 * the shapes in which storage answers. Derived fields are recomputed by `storage/` on every
 * write and never exported.
 */
import type { ConflictingVersion } from '../sync/conflicts';
import type { ArticleRecord, ClaimRecord, DismissalRecord, FactCheckRecord } from './fact-check';

/** Where a claim was last found on its page: set by the content script after re-anchoring. */
export type AnchorStatus = 'exact' | 'fuzzy' | 'changed' | 'orphan' | 'unknown';

export type StoredArticle = ArticleRecord;

export interface StoredClaim extends ClaimRecord {
  anchorStatus: AnchorStatus;
  /**
   * When `anchorStatus` is `changed`: the text at the claim's place as the last visit read it
   * (the exports show it beside the text as checked). Absent otherwise; never a record field.
   */
  readsNow?: string;
}

export interface StoredFactCheck extends FactCheckRecord {
  /** The article's site, copied so the review page filters by an index. */
  site: string;
  /** Folded words of the claim, note, tags, source titles and article title (see core/search). */
  words: string[];
  /** Number of sources: `sourceCount` > 0 answers "with sources" from an index. */
  sourceCount: number;
  /** Position of the verdict on the scale, 7 for none (core/review/filter.ts): filter and sort key. */
  verdictRank: number;
  /**
   * Desk sync: other members' versions that disagree with this one ("two verdicts disagree"),
   * kept until the reader picks one (core/sync/conflicts.ts). Never exported.
   */
  conflicts?: ConflictingVersion[];
  /** Desk sync: the disagreeing revisions the reader resolved, removed from the desk on the next sync. */
  resolvedRevs?: string[];
}

/** What the reader saved on one page. */
export interface PageAnnotations {
  article: ArticleRecord | null;
  claims: StoredClaim[];
  factChecks: StoredFactCheck[];
  /** Sentences the reader marked "not worth checking" on this page. */
  dismissals: DismissalRecord[];
}

/** A fact-check as created, with its claim and article. */
export interface SavedFactCheck {
  article: ArticleRecord;
  claim: StoredClaim;
  factCheck: StoredFactCheck;
}

/** Records removed by a delete, kept by the caller to undo it. */
export interface RemovedRecords {
  articles: ArticleRecord[];
  claims: StoredClaim[];
  factChecks: StoredFactCheck[];
}
