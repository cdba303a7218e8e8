/**
 * What the review page shows: the filter, the order and the page. Plain data, kept in the URL
 * (url-filter.ts) so a view can be bookmarked, and answered from indexes by
 * storage/review-page-query.ts. Dates are calendar days in UTC (`YYYY-MM-DD`), compared with the
 * fact-check's `createdAt`, the day it was checked.
 */
import { VERDICTS, type Verdict } from '../model/verdict';

/** A verdict, or `none` for a fact-check still without one. */
export type VerdictKey = Verdict | 'none';

/** Every verdict key in the order the page shows them: truest first, "no verdict" last. */
export const VERDICT_KEYS: readonly VerdictKey[] = [...VERDICTS, 'none'];

export type SourcesFilter = 'with' | 'without';

export interface ReviewFilter {
  /** Free text: every word must match (as a prefix of its stem) a word of the fact-check. */
  q: string;
  /** Any of these verdicts; empty means any verdict. */
  verdicts: VerdictKey[];
  site: string | null;
  tag: string | null;
  /** Only the fact-checks of this desk member (desk sync). */
  author: string | null;
  /** First day, inclusive. */
  from: string | null;
  /** Last day, inclusive. */
  to: string | null;
  sources: SourcesFilter | null;
  /** Only claims the content script could not find on their page the last time it looked. */
  orphan: boolean;
  /** Only claims whose words changed since they were checked (core/versions/claim-change.ts). */
  changed: boolean;
}

/**
 * Orders: newest or oldest first; by verdict (truest first) then in the order checked; by site
 * (A to Z) then in the order checked; and grouped by article (site, then article, then in the
 * order checked).
 */
export const REVIEW_SORTS = ['newest', 'oldest', 'verdict', 'site', 'article'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

export interface ReviewView {
  filter: ReviewFilter;
  sort: ReviewSort;
  /** 1-based page number. */
  page: number;
}

export const EMPTY_FILTER: ReviewFilter = {
  q: '',
  verdicts: [],
  site: null,
  tag: null,
  author: null,
  from: null,
  to: null,
  sources: null,
  orphan: false,
  changed: false,
};

export const DEFAULT_VIEW: ReviewView = { filter: EMPTY_FILTER, sort: 'newest', page: 1 };

/** Position of a verdict on the scale, `VERDICTS.length` for none: the indexed sort key. */
export function verdictRank(verdict: Verdict | null): number {
  return verdict === null ? VERDICTS.length : VERDICTS.indexOf(verdict);
}

/** The rank of a verdict key, as `verdictRank`. */
export function verdictKeyRank(key: VerdictKey): number {
  return key === 'none' ? VERDICTS.length : VERDICTS.indexOf(key);
}

/** The first and last `createdAt` strings a day range admits (either end may be open). */
export function createdAtBounds(filter: Pick<ReviewFilter, 'from' | 'to'>): {
  lower: string | null;
  upper: string | null;
} {
  return {
    lower: filter.from ? `${filter.from}T00:00:00.000Z` : null,
    upper: filter.to ? `${filter.to}T23:59:59.999Z` : null,
  };
}
