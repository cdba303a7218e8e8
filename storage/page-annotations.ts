/**
 * Reads what the reader saved on one page: the article, its claims and their fact-checks, and
 * the sentences marked "not worth checking".
 * Answered from the `url` and `articleId` indexes.
 */
import type { FactmarkTables } from './tables';
import type { PageAnnotations } from '../core/model/stored-records';

export async function getPageAnnotations(
  db: FactmarkTables,
  normalisedUrl: string,
): Promise<PageAnnotations> {
  return db.transaction('r', [db.articles, db.claims, db.factChecks, db.dismissals], async () => {
    // Older versions could file one URL under two article ids (an import, then a fact-check):
    // the page shows the fact-checks of both.
    const articles = await db.articles.where('url').equals(normalisedUrl).toArray();
    const [article] = articles;
    if (!article) return { article: null, claims: [], factChecks: [], dismissals: [] };
    const ids = articles.map((row) => row.id);
    const [claims, factChecks, dismissals] = await Promise.all([
      db.claims.where('articleId').anyOf(ids).toArray(),
      db.factChecks.where('articleId').anyOf(ids).toArray(),
      db.dismissals.where('articleId').anyOf(ids).toArray(),
    ]);
    return { article, claims, factChecks, dismissals };
  });
}
