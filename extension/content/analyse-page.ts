/**
 * The detection pipeline over the live page: article, then claims. Each phase is its own task
 * (the main thread is given back in between) and records a User Timing measure; claim scoring,
 * which grows with the article, is cut into slices (see `measuredSlices`) so a long article
 * never holds the main thread for long.
 */
import { extractArticle } from '../../core/article/extract-article';
import type { ExtractedArticle } from '../../core/article/types';
import { CLAIM_THRESHOLD } from '../../core/claims/detect-claims';
import { profileFor } from '../../core/claims/lang/profiles';
import { scoreSentence } from '../../core/claims/score-sentence';
import { findSignals } from '../../core/claims/signals';
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
 *
 * The first sentence scored on a page is slow (in Chromium, about 30 ms compiling the signal
 * patterns plus 25-45 ms decoding the word model), more than one task should take: the patterns
 * are compiled in a task of their own first, by finding the first sentence's signals (pure, and
 * well under a millisecond once compiled), so the model's decoding opens the scoring alone.
 */
async function detectClaimsInSlices(text: string, lang: string): Promise<DetectedClaim[]> {
  await yieldToMain();
  const sentences = measured('factmark:claims', () => splitSentences(text, lang));
  const first = sentences[0];
  if (first) {
    await yieldToMain();
    measured('factmark:claims', () => findSignals(first.text, profileFor(lang)));
  }
  const claims: DetectedClaim[] = [];
  await measuredSlices('factmark:claims', sentences, (sentence: Sentence) => {
    const claim = { ...sentence, ...scoreSentence(sentence.text, lang) };
    if (claim.score >= CLAIM_THRESHOLD) claims.push(claim);
  });
  return claims;
}
