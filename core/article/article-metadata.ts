/**
 * The serialisable part of an extracted article: what crosses the messaging boundary and what
 * storage keeps (the live text nodes stay in the page).
 */
import type { ArticleMetadata, ExtractedArticle } from './types';

export function articleMetadata(article: ExtractedArticle): ArticleMetadata {
  const { url, title, lang, byline, siteName, publishedTime } = article;
  return { url, title, lang, byline, siteName, publishedTime };
}
