/**
 * The detection pipeline over the live page: the article is found here (it needs the live DOM),
 * its claims are scored by the background (pure text work whose cold start — the sentence
 * segmenter, about 15-25 ms per page in Chromium, and the word model — would otherwise be paid on
 * every page's main thread). `factmark:extract` measures main-thread work; `factmark:claims`
 * measures the round trip, during which the page's main thread is free.
 */
import { extractArticle } from '../../core/article/extract-article';
import type { ExtractedArticle } from '../../core/article/types';
import type { DetectedClaim } from '../../core/claims/types';
import { requestBackground } from '../messaging/request';
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
  const start = performance.now();
  const claims = await requestBackground({ type: 'detectClaims', text: article.text, lang: article.lang });
  performance.measure('factmark:claims', { start, end: performance.now() });
  return { article, claims };
}
