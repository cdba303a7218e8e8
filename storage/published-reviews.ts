/**
 * Saves fact-checks published by fact-checkers (ClaimReview read off a page) and enters them in
 * the claim memory, in one transaction. A review's id is derived from its address (else the
 * page's) and its claim, so saving the same review twice keeps one row.
 */
import type { PublishedReview } from '../core/claimreview/published-review';
import { fnv1a } from '../core/text/fnv1a';
import type { StoredPublishedReview } from '../core/model/claim-memory';
import { putPublishedMemoryRows } from './claim-memory';
import type { FactmarkTables } from './tables';

/** Stable id of a review: the same review read twice is the same row. */
function publishedReviewId(review: PublishedReview, pageUrl: string): string {
  const key = `${review.url ?? pageUrl}\u0000${review.claimReviewed}`;
  return `pr${fnv1a(key).toString(36)}${fnv1a(`${key}\u0001`).toString(36)}`;
}

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
  await db.transaction('rw', [db.publishedReviews, db.claimMemory, db.claimMemoryChanges], async () => {
    await db.publishedReviews.bulkPut(rows);
    await putPublishedMemoryRows(db, rows);
  });
  return rows;
}
