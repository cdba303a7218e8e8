/**
 * The detection pipeline over the live page: article, then claims. Each phase is its own task
 * (the main thread is given back in between) and records a User Timing measure.
 */
import { extractArticle } from '../../core/article/extract-article';
import type { ExtractedArticle } from '../../core/article/types';
import { detectClaims } from '../../core/claims/detect-claims';
import type { DetectedClaim } from '../../core/claims/types';
import { measured, yieldToMain } from './timing';

export interface PageAnalysis {
  article: ExtractedArticle;
  claims: DetectedClaim[];
}

/** Finds the article and its claims; null when the page is not an article. */
export async function analysePage(doc: Document, url: string): Promise<PageAnalysis | null> {
  await yieldToMain();
  const article = measured('factmark:extract', () => extractArticle(doc, { url }));
  if (!article) return null;
  await yieldToMain();
  const claims = measured('factmark:claims', () => detectClaims(article.text, article.lang));
  return { article, claims };
}
