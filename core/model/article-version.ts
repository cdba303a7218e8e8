/**
 * A version of an article's text as it stood when the reader saved a fact-check on it: kept once
 * per fingerprint, compressed, so a later visit can tell what the publisher changed since.
 */

/** A stored version (storage/article-versions.ts writes it). */
export interface ArticleVersionRecord {
  /** `<articleId>:<fingerprint>`: one row per version of an article, whatever saves it. */
  id: string;
  articleId: string;
  /** fingerprintOf(text) (core/model/ids.ts), computed by storage from the text it stores. */
  fingerprint: string;
  /** When a fact-check was first saved on this version (ISO 8601, UTC). */
  checkedAt: string;
  /** Length of the text in UTF-16 units, for the review page and the budget. */
  textLength: number;
  /** The text, gzip-compressed (core/versions/compress.ts). */
  gzip: Uint8Array;
}

/** A version's description, without its text: what views list. */
export type ArticleVersionSummary = Omit<ArticleVersionRecord, 'gzip'> & { storedBytes: number };
