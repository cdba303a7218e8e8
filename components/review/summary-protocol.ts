/**
 * The messages between the review page and its summary worker (summary-worker.ts): the page asks
 * for a filter's summary under a number, and may cancel it when the reader leaves that view; the
 * worker answers once per request it did not see cancelled.
 */
import type { ReviewFilter } from '../../core/review/filter';
import type { ReviewSummary } from '../../storage/review-summary';

export type SummaryRequest = { id: number; database: string; filter: ReviewFilter } | { cancel: number };

export type SummaryReply = { id: number; value: ReviewSummary } | { id: number; error: string };
