/**
 * What the content script knows about its page, as the popup and side panel show it.
 * Offsets are UTF-16 offsets into the article text, or into the article's title for a passage
 * whose `place` is `title` (the text does not hold the title).
 */
import type { ArticleMetadata } from '../article/types';
import type { RankedClaim } from '../claims/types';
import type { EarlierCheck } from '../model/claim-memory';
import type { ClaimPlace } from '../model/fact-check';
import type { Verdict } from '../model/verdict';
import type { ArticleChangeNotice } from '../versions/compare';

type PageStatus = 'analysing' | 'article' | 'no-article' | 'failed';

/** A passage of the article: offsets into its text, or into its title when `place` is `title`. */
export interface Passage {
  start: number;
  end: number;
  place?: ClaimPlace;
}

/** The passage of these offsets, of the title when `place` says so: no other field rides along. */
export function passageOf(start: number, end: number, place?: ClaimPlace): Passage {
  return place === 'title' ? { start, end, place } : { start, end };
}

/** Where a saved fact-check landed on this visit. */
export interface PlacedAnnotation {
  factCheckId: string;
  claimId: string;
  quote: string;
  verdict: Verdict | null;
  sourceCount: number;
  note: string;
  /** core/versions/claim-change.ts: `changed` when its words were edited since it was checked. */
  status: 'exact' | 'fuzzy' | 'changed' | 'orphan';
  /** `title` when the claim is in the article's title (offsets into it); absent for the text. */
  place?: ClaimPlace;
  start: number | null;
  end: number | null;
  /** The text as it reads now, when `changed` (`quote` is the text as checked); else null. */
  now: string | null;
}

/** A passage of this page (its text or title) matching a claim checked before (claim memory). */
export interface AlreadyCheckedPassage extends Passage {
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
  /** The article text's claims to highlight, ranked (`tier` `strong` for the strongest). */
  claims: RankedClaim[];
  /** The title's claims to highlight (offsets into `article.title`), listed first. */
  headline: RankedClaim[];
  annotations: PlacedAnnotation[];
  /** Sentences the reader marked "not worth checking" on this page (not highlighted), to undo. */
  dismissed: { id: string; text: string }[];
  /** The claim the reader last clicked, by its offsets (and place). */
  selected: Passage | null;
  /** What changed since the last version the reader checked; null when nothing did. */
  change: ArticleChangeNotice | null;
  /** Passages checked before elsewhere (shown in the side panel and Factmark's closed UI only). */
  alreadyChecked: AlreadyCheckedPassage[];
}

/**
 * The article changed since the reader checked it and they have not dismissed the notice: the
 * toolbar button's badge and the popup's and side panel's notice say so (never the page itself).
 */
export function changeToShow(state: PageState): ArticleChangeNotice | null {
  return state.status === 'article' && state.change && !state.change.dismissed ? state.change : null;
}

export const EMPTY_PAGE_STATE: PageState = {
  status: 'analysing',
  failure: null,
  article: null,
  claims: [],
  headline: [],
  annotations: [],
  dismissed: [],
  selected: null,
  change: null,
  alreadyChecked: [],
};
