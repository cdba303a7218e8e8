/**
 * The detection pipeline over the live page: article, then claims. Each phase is its own task
 * (the main thread is given back in between) and records a User Timing measure; claim scoring,
 * which grows with the article, is cut into slices (see `measuredSlices`) so a long article
 * never holds the main thread for long.
 */
import { extractArticle } from '../../core/article/extract-article';
import type { ExtractedArticle } from '../../core/article/types';
import { CLAIM_THRESHOLD, scoreSplitSentence } from '../../core/claims/detect-claims';
import { splitSentences } from '../../core/claims/split-sentences';
import type { DetectedClaim, Sentence } from '../../core/claims/types';
import { measured, measuredSlices, yieldToMain } from './timing';

export interface PageAnalysis {
  article: ExtractedArticle;
  claims: DetectedClaim[];
}

/** Finds the article and its claims; null when the page is not an article. */
export async function analysePage(doc: Document, url: string): Promise<PageAnalysis | null> {
  await yieldToMain();
  const article = measured('factmark:extract', () => extractArticle(doc, { url }));
  if (!article) return null;
  return { article, claims: await detectClaimsInSlices(article.text, article.lang) };
}

/**
 * Exactly `detectClaims(text, lang)` (same splitter, scorer and threshold, same order), with
 * the splitting in one task and the scoring in slices.
 */
async function detectClaimsInSlices(text: string, lang: string): Promise<DetectedClaim[]> {
  await yieldToMain();
  const sentences = measured('factmark:claims', () => splitSentences(text, lang));
  const claims: DetectedClaim[] = [];
  await measuredSlices('factmark:claims', sentences, (sentence: Sentence) => {
    const claim = scoreSplitSentence(sentence, lang);
    if (claim.score >= CLAIM_THRESHOLD) claims.push(claim);
  });
  return claims;
}
