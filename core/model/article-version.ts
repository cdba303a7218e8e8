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
  /**
   * Fingerprints of the article texts whose change notice against this version the reader
   * dismissed (latest last, at most MAX_DISMISSED_NOTICES): a dismissal holds for that text, on
   * every visit, until the page reads differently again. Absent when none was dismissed.
   */
  dismissedNotices?: string[];
}

/** A version's description, without its text: what views list. */
export type ArticleVersionSummary = Omit<ArticleVersionRecord, 'gzip' | 'dismissedNotices'> & {
  storedBytes: number;
};

/**
 * A version as Factmark JSON carries it (core/exchange/factmark-json.ts): its text as plain text,
 * not the stored gzip, so a backup stays readable and diffable, is bounded before anything is
 * decompressed, and its fingerprint can be checked against the text on import.
 */
export interface ArticleVersionEntry {
  articleId: string;
  fingerprint: string;
  checkedAt: string;
  text: string;
}
