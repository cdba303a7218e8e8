/**
 * "Not worth checking": the reader dismisses a highlighted sentence of an article, and can undo
 * it. Each write runs in one transaction; the article is filed as a fact-check's would be
 * (`fileArticle`), so a page's dismissals and fact-checks share one article record.
 */
import type { ArticleMetadata } from '../core/article/types';
import type { ArticleRecord, DismissalRecord, TextQuoteSelector } from '../core/model/fact-check';
import { articleIdFor, newId } from '../core/model/ids';
import type { FactmarkTables } from './tables';
import { fileArticle } from './fact-checks';
import { assertValidArticle, assertValidDismissal } from './validate-rows';

/** A sentence to dismiss, and the page it is on. */
export interface DismissalDraft {
  article: ArticleMetadata & { fingerprint: string };
  quote: TextQuoteSelector;
}

/** Marks the sentence "not worth checking"; a sentence already dismissed keeps its record. */
export async function dismissClaim(
  db: FactmarkTables,
  draft: DismissalDraft,
  now: Date,
): Promise<{ article: ArticleRecord; dismissal: DismissalRecord }> {
  const at = now.toISOString();
  const derivedId = await articleIdFor(draft.article.url);
  return db.transaction('rw', db.articles, db.dismissals, async () => {
    const article = await fileArticle(db, draft.article, derivedId, at);
    const same = (await db.dismissals.where('articleId').equals(article.id).toArray()).find(
      (row) => row.quote.exact === draft.quote.exact,
    );
    if (same) return { article, dismissal: same };
    const dismissal: DismissalRecord = {
      id: newId(),
      articleId: article.id,
      quote: draft.quote,
      createdAt: at,
    };
    assertValidArticle(article);
    assertValidDismissal(dismissal);
    await db.articles.put(article);
    await db.dismissals.add(dismissal);
    return { article, dismissal };
  });
}

/** Undoes a dismissal; answers the article's URL, or null when it was already gone. */
export async function undismissClaim(db: FactmarkTables, id: string): Promise<string | null> {
  return db.transaction('rw', db.articles, db.dismissals, async () => {
    const dismissal = await db.dismissals.get(id);
    if (!dismissal) return null;
    await db.dismissals.delete(id);
    return (await db.articles.get(dismissal.articleId))?.url ?? null;
  });
}
