/**
 * The records Factmark keeps: an article seen by the reader, a claim anchored in it, and the
 * fact-check the reader attached to that claim. Plain data that survives structured clone and
 * JSON: ids are strings, dates are ISO 8601 strings, anchors are W3C Web Annotation selectors.
 */
import type { Verdict } from './verdict';

/** W3C TextQuoteSelector: the exact passage with some context on each side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector over the article text, in Unicode code points (not UTF-16 units). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface ArticleRecord {
  /** Stable id derived from the normalised URL. */
  id: string;
  /** Normalised canonical URL (tracking parameters removed). */
  url: string;
  /** Host name, lower case, without `www.`: what the review page filters by. */
  site: string;
  title: string;
  siteName: string | null;
  lang: string;
  byline: string | null;
  publishedTime: string | null;
  /** Hash of the article text when first annotated: tells an edited page apart. */
  fingerprint: string;
  createdAt: string;
  updatedAt: string;
}

export type ClaimOrigin = 'detected' | 'manual';

/**
 * Where a claim's words are: the article's title, which the article text does not hold (its
 * selectors are then into the title), or else the article text (the field is absent).
 */
export type ClaimPlace = 'title';

export interface ClaimRecord {
  id: string;
  articleId: string;
  text: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
  /** `title` for a claim in the article's title; absent for one in the article text. */
  place?: ClaimPlace;
  origin: ClaimOrigin;
  /** Check-worthiness score from the detector, null for a passage selected by hand. */
  score: number | null;
  createdAt: string;
  /**
   * The article version this claim's text was checked on: the fingerprint of the article text
   * (core/model/ids.ts) and when, set at creation and when the reader confirms a changed claim
   * for the new text. Absent on claims saved before versions were kept.
   */
  checkedFingerprint?: string;
  checkedAt?: string;
}

export type SourceStance = 'supports' | 'refutes' | 'context';

export interface Source {
  url: string;
  title: string;
  quote?: string;
  stance: SourceStance;
}

export interface FactCheckRecord {
  id: string;
  claimId: string;
  articleId: string;
  verdict: Verdict | null;
  sources: Source[];
  note: string;
  tags: string[];
  /**
   * The desk member who wrote it (their CouchDB user name), once the reader syncs with a desk.
   * Absent on fact-checks made alone and in files exported before desks existed.
   */
  author?: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * A sentence the reader marked "not worth checking" on an article: it is not highlighted there
 * again. Found again by its quote, as a claim is; undone by deleting the record.
 */
export interface DismissalRecord {
  id: string;
  articleId: string;
  quote: TextQuoteSelector;
  createdAt: string;
}
