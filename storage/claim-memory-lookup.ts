/**
 * "Already checked": for each sentence of a page, the earlier check (a fact-check of the
 * reader's with a verdict, or a saved published review) whose claim matches it best. One query
 * of the `bands` multi-entry index fetches every row sharing a band with any sentence; each
 * sentence is then matched among the rows sharing one of ITS bands (core/memory/claim-index.ts
 * `bestMatch`: guards, then exact Jaccard). Fact-checks of the page's own article are left out:
 * the page already shows them.
 */
import { bestMatch, claimFingerprint } from '../core/memory/claim-index';
import type { AlreadyChecked, ClaimMemoryRow, EarlierCheck } from '../core/model/claim-memory';
import type { FactmarkTables } from './tables';

export async function findAlreadyChecked(
  db: FactmarkTables,
  sentences: readonly string[],
  pageUrl: string,
): Promise<AlreadyChecked[]> {
  const queries = sentences.map((sentence) => claimFingerprint(sentence));
  const keys = [...new Set(queries.flatMap((query) => query.bands))];
  if (keys.length === 0) return [];
  return db.transaction(
    'r',
    [db.claimMemory, db.factChecks, db.claims, db.articles, db.publishedReviews],
    async () => {
      const rows = new Map<string, ClaimMemoryRow>();
      for (const row of await db.claimMemory.where('bands').anyOf(keys).toArray()) rows.set(row.id, row);
      const byBand = new Map<string, ClaimMemoryRow[]>();
      for (const row of rows.values()) {
        for (const band of row.bands) {
          const list = byBand.get(band);
          if (list) list.push(row);
          else byBand.set(band, [row]);
        }
      }
      const found: AlreadyChecked[] = [];
      for (const [sentence, query] of queries.entries()) {
        const candidates = new Map<string, ClaimMemoryRow>();
        for (const band of query.bands) for (const row of byBand.get(band) ?? []) candidates.set(row.id, row);
        const match = bestMatch(
          query,
          [...candidates.values()].map((row) => ({ id: row.id, fingerprint: row })),
        );
        if (!match) continue;
        const earlier = await earlierCheck(db, candidates.get(match.id) as ClaimMemoryRow, pageUrl);
        if (earlier) found.push({ sentence, similarity: match.similarity, earlier });
      }
      return found;
    },
  );
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
    note: factCheck.note,
    articleUrl: article.url,
    articleTitle: article.title,
    site: article.site,
    checkedAt: factCheck.updatedAt,
  };
}
