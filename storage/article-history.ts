/**
 * An article's history for the review page: its stored versions, oldest first, each with what
 * changed since the one before (the same word diff as the notice, noise ignored).
 */
import type { ArticleVersionSummary } from '../core/model/article-version';
import { type ArticleChange, diffArticle } from '../core/versions/diff-article';
import { decompressText } from '../core/versions/compress';
import type { FactmarkTables } from './tables';

/** A version and the changes from the previous one (none for the first). */
export interface HistoryEntry {
  version: ArticleVersionSummary;
  changes: ArticleChange[];
}

export async function articleHistory(db: FactmarkTables, articleId: string): Promise<HistoryEntry[]> {
  const rows = await db.articleVersions.where('articleId').equals(articleId).sortBy('checkedAt');
  const entries: HistoryEntry[] = [];
  let previous: string | null = null;
  for (const { gzip, ...rest } of rows) {
    const text = await decompressText(gzip);
    entries.push({
      version: { ...rest, storedBytes: gzip.byteLength },
      changes: previous === null ? [] : diffArticle(previous, text),
    });
    previous = text;
  }
  return entries;
}
