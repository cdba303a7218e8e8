/**
 * Saves fact-checks published by fact-checkers (ClaimReview read off a page, or a Factmark file's
 * saved ones) and enters them in the claim memory, in one transaction, each checked by the record
 * rules (validate-rows.ts). A review's id is derived from its address (else the
 * page's) and its claim, so saving the same review twice keeps one row.
 */
import type { PublishedReview } from '../core/claimreview/published-review';
import { fnv1a } from '../core/text/fnv1a';
import type { StoredPublishedReview } from '../core/model/claim-memory';
import { putPublishedMemoryRows } from './claim-memory';
import type { FactmarkTables } from './tables';
import { assertValidPublishedReview } from './validate-rows';

/** Stable id of a review: the same review read twice is the same row. */
function publishedReviewId(review: PublishedReview, pageUrl: string): string {
  const key = `${review.url ?? pageUrl}\u0000${review.claimReviewed}`;
  return `pr${fnv1a(key).toString(36)}${fnv1a(`${key}\u0001`).toString(36)}`;
}

/**
 * Stores saved reviews (replacing those of the same ids) and enters them in the claim memory,
 * inside the caller's transaction over `publishedReviewTables`; throws on a row the record rules
 * refuse, before writing anything.
 */
export async function putPublishedReviewRows(
  db: FactmarkTables,
  rows: readonly StoredPublishedReview[],
): Promise<void> {
  if (rows.length === 0) return;
  rows.forEach(assertValidPublishedReview);
  await db.publishedReviews.bulkPut([...rows]);
  await putPublishedMemoryRows(db, rows);
}

/** The tables a write of saved reviews touches: every caller's transaction includes them. */
export const publishedReviewTables = (db: FactmarkTables) => [
  db.publishedReviews,
  db.claimMemory,
  db.claimMemoryChanges,
];

/** Stores `reviews` read on `pageUrl`; answers the stored rows. */
export async function savePublishedReviews(
  db: FactmarkTables,
  reviews: readonly PublishedReview[],
  pageUrl: string,
  now: Date,
): Promise<StoredPublishedReview[]> {
  const rows = reviews.map(
    (review): StoredPublishedReview => ({
      ...review,
      id: publishedReviewId(review, pageUrl),
      pageUrl,
      savedAt: now.toISOString(),
    }),
  );
  await db.transaction('rw', publishedReviewTables(db), () => putPublishedReviewRows(db, rows));
  return rows;
}
