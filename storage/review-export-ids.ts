/**
 * The ids an export of a review view carries: every page of the view, not only the one on
 * screen.
 */
import type { ReviewFilter } from '../core/review/filter';
import type { FactmarkTables } from './tables';
import { queryReview } from './review-page-query';

/** Page size when walking a whole view for an export: big enough to need few transactions. */
const EXPORT_PAGE = 1_000;

/**
 * Ids of every fact-check matching `filter`, newest first: what "export the fact-checks shown"
 * exports (all pages of the view, not only the one on screen). Walks the view page by page with
 * `queryReview`, so it answers from the same indexes.
 */
export async function matchingFactCheckIds(db: FactmarkTables, filter: ReviewFilter): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += EXPORT_PAGE) {
    const page = await queryReview(db, filter, 'newest', { offset, limit: EXPORT_PAGE });
    ids.push(...page.rows.map((row) => row.factCheck.id));
    if (!page.hasMore) return ids;
  }
}
