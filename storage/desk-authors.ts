/**
 * The desk members who wrote the stored fact-checks, for the review page's author filter. Read
 * by skipping along the `author` index, one key read per author, so the cost follows the number
 * of members, not of fact-checks (listing an index's distinct keys walks the whole index).
 * Fact-checks without an author (made before desks, never synced) are not in the index.
 */
import type { FactmarkDb } from './db';

/** Enough for any newsroom desk; a longer list stops here rather than read on. */
const MAX_AUTHORS = 500;

/** Distinct authors, A to Z. */
export async function deskAuthors(db: FactmarkDb): Promise<string[]> {
  const authors: string[] = [];
  let next = await db.factChecks.orderBy('author').limit(1).keys();
  while (next.length > 0 && authors.length < MAX_AUTHORS) {
    const author = String(next[0]);
    authors.push(author);
    next = await db.factChecks.where('author').above(author).limit(1).keys();
  }
  return authors;
}
