/**
 * Reads what the reader saved on one page: the article, its claims and their fact-checks.
 * Answered from the `url` and `articleId` indexes.
 */
import type { FactmarkDb } from './db';
import type { PageAnnotations } from '../core/model/stored-records';

export async function getPageAnnotations(db: FactmarkDb, normalisedUrl: string): Promise<PageAnnotations> {
  return db.transaction('r', db.articles, db.claims, db.factChecks, async () => {
    const article = (await db.articles.where('url').equals(normalisedUrl).first()) ?? null;
    if (!article) return { article, claims: [], factChecks: [] };
    const [claims, factChecks] = await Promise.all([
      db.claims.where('articleId').equals(article.id).toArray(),
      db.factChecks.where('articleId').equals(article.id).toArray(),
    ]);
    return { article, claims, factChecks };
  });
}
