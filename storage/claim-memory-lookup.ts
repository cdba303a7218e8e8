/**
 * "Already checked": for each sentence of a page, the earlier check (a fact-check of the
 * reader's with a verdict, or a saved published review) whose claim matches it best. The
 * in-memory index is brought in step with the table when a write was heard of
 * (claim-memory-index.ts); it answers each sentence's stored claims above the threshold, best
 * first (core/memory/band-index.ts); only when there are some, one read transaction reads those
 * rows, for the guards' tokens (`firstUnvetoed`), then the earlier check of each match. A page
 * with no candidate (most pages) makes no IndexedDB request at all. Fact-checks of the page's
 * own article are left out: the page already shows them.
 */
import { claimFingerprint, firstUnvetoed } from '../core/memory/claim-index';
import { MATCH_THRESHOLD } from '../core/memory/thresholds';
import type { AlreadyChecked, ClaimMemoryRow, EarlierCheck } from '../core/model/claim-memory';
import { currentIndex, exclusive, inStep, memoryIndexTables, saveIfStale } from './claim-memory-index';
import type { FactmarkTables } from './tables';

export async function findAlreadyChecked(
  db: FactmarkTables,
  sentences: readonly string[],
  pageUrl: string,
): Promise<AlreadyChecked[]> {
  const queries = sentences.map((sentence) => claimFingerprint(sentence));
  const found = await exclusive(db, async () => {
    // No write heard of since the index last read the feed: no transaction, unless something matches.
    const index = currentIndex(db) ?? (await db.transaction('r', memoryIndexTables(db), () => inStep(db)));
    const above = queries.map((query) => index.above(query.shingles, MATCH_THRESHOLD));
    const ids = [...new Set(above.flatMap((candidates) => candidates.map((c) => c.id)))];
    if (ids.length === 0) return [];
    // A row deleted since the index read the feed is not found here, so never answered.
    return db.transaction(
      'r',
      [db.claimMemory, db.factChecks, db.claims, db.articles, db.publishedReviews],
      async () => {
        const rows = new Map<string, ClaimMemoryRow>();
        for (const row of await db.claimMemory.bulkGet(ids)) if (row) rows.set(row.id, row);
        const found: AlreadyChecked[] = [];
        for (const [sentence, query] of queries.entries()) {
          const match = firstUnvetoed(query, above[sentence] ?? [], (id) => rows.get(id)?.tokens);
          if (!match) continue;
          const earlier = await earlierCheck(db, rows.get(match.id) as ClaimMemoryRow, pageUrl);
          if (earlier) found.push({ sentence, similarity: match.similarity, earlier });
        }
        return found;
      },
    );
  });
  // After answering: the reader waits for the lookup, not for the index to be saved.
  exclusive(db, () => saveIfStale(db)).catch((error: unknown) => {
    console.error('Factmark: the claim memory index could not be saved for the next start', error);
  });
  return found;
}

/** What the reader is shown of a memory row; null when it is this page's own fact-check. */
async function earlierCheck(
  db: FactmarkTables,
  row: ClaimMemoryRow,
  pageUrl: string,
): Promise<EarlierCheck | null> {
  if (row.kind === 'published') {
    const review = await db.publishedReviews.get(row.refId);
    if (!review) return null;
    return {
      kind: 'published',
      reviewId: review.id,
      verdict: review.verdict,
      claimText: review.claimReviewed,
      reviewer: review.author,
      rating: review.alternateName,
      url: review.url ?? review.pageUrl,
      datePublished: review.datePublished,
    };
  }
  const factCheck = await db.factChecks.get(row.refId);
  if (!factCheck || factCheck.verdict === null) return null;
  const [claim, article] = await Promise.all([
    db.claims.get(factCheck.claimId),
    db.articles.get(factCheck.articleId),
  ]);
  if (!claim || !article || article.url === pageUrl) return null;
  return {
    kind: 'factCheck',
    factCheckId: factCheck.id,
    verdict: factCheck.verdict,
    claimText: claim.text,
    sources: factCheck.sources,
    articleUrl: article.url,
    articleTitle: article.title,
    site: article.site,
    checkedAt: factCheck.updatedAt,
  };
}
