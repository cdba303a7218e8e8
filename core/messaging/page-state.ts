/**
 * What the content script knows about its page, as the popup and side panel show it.
 * Offsets are UTF-16 offsets into the article text.
 */
import type { ArticleMetadata } from '../article/types';
import type { DetectedClaim } from '../claims/types';
import type { EarlierCheck } from '../model/claim-memory';
import type { Verdict } from '../model/verdict';

export type PageStatus = 'analysing' | 'article' | 'no-article' | 'failed';

/** Where a saved fact-check landed on this visit. */
export interface PlacedAnnotation {
  factCheckId: string;
  claimId: string;
  quote: string;
  verdict: Verdict | null;
  sourceCount: number;
  note: string;
  status: 'exact' | 'fuzzy' | 'orphan';
  start: number | null;
  end: number | null;
}

/** A passage of this page that matches a claim checked before (claim memory). */
export interface AlreadyCheckedPassage {
  start: number;
  end: number;
  similarity: number;
  earlier: EarlierCheck;
}

/** What went wrong, as a reason the views translate and the error's own words as detail. */
export interface PageFailure {
  reason: 'too-large' | 'analysis' | 'annotations';
  /** The error's message (English, technical): shown small, after the translated sentence. */
  detail: string;
}

export interface PageState {
  status: PageStatus;
  /**
   * Why the page could not be analysed (`status` 'failed'), or why the reader's fact-checks for
   * it could not be loaded (`status` 'article'); null when nothing failed.
   */
  failure: PageFailure | null;
  article: ArticleMetadata | null;
  claims: DetectedClaim[];
  annotations: PlacedAnnotation[];
  /** The claim the reader last clicked, by its offsets. */
  selected: { start: number; end: number } | null;
  /** Passages checked before elsewhere (shown in the side panel and Factmark's closed UI only). */
  alreadyChecked: AlreadyCheckedPassage[];
}

export const EMPTY_PAGE_STATE: PageState = {
  status: 'analysing',
  failure: null,
  article: null,
  claims: [],
  annotations: [],
  selected: null,
  alreadyChecked: [],
};
