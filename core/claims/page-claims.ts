/**
 * The claims a page highlights: its article's sentences, title included, scored
 * (`score-article.ts`) and ranked within the article (`rank-claims.ts`), keeping those ranked
 * for highlighting. Title sentences the text does not hold come apart as `headline`, with
 * offsets into the title, for the page to find in its heading; every other claim has offsets
 * into the article text.
 *
 * The title is highlighted first whenever it scores at or above the amount's floor: it is the
 * sentence most readers read and share, and where a story states its main claim. It takes one
 * of the share's places, so an article still shows at most its share. A product rule, not a
 * tuned one.
 */
import { type HighlightAmount, rankClaims } from './rank-claims';
import { scoreArticle } from './score-article';
import type { RankedClaim, SentenceSpan } from './types';

export interface PageClaims {
  /** Highlighted sentences of the article text, in text order. */
  claims: RankedClaim[];
  /** Highlighted sentences of the title, when the text does not hold it (offsets into the title). */
  headline: RankedClaim[];
  /**
   * Every sentence of the article text (of its scored part: MAX_SCORED_TEXT), highlighted or not,
   * in text order: the page looks them
   * up in the claim memory without splitting the text again (a segmenter costs the page's main
   * thread tens of milliseconds to create).
   */
  sentences: SentenceSpan[];
}

export interface ArticleForClaims {
  text: string;
  lang: string;
  title: string | null;
}

/**
 * How much of an article text is scored (UTF-16 units, cut at the last block before it): about
 * 50,000 words, past the longest feature a newsroom publishes. It bounds what a page can make the
 * extension compute for it: an 8 MB article of made-up sentences took the shared analyser about
 * 6 s to score, during which every other tab's highlights waited.
 */
export const MAX_SCORED_TEXT = 300_000;

/** The start of `text` that is scored: all of it, or up to the last block separator within the bound. */
function scoredPart(text: string): string {
  if (text.length <= MAX_SCORED_TEXT) return text;
  const head = text.slice(0, MAX_SCORED_TEXT);
  const blockEnd = head.lastIndexOf('\n\n');
  return blockEnd > 0 ? head.slice(0, blockEnd) : head;
}

/** The article's claims to highlight with `amount` (see `AMOUNTS`). */
export function pageClaims(article: ArticleForClaims, amount: HighlightAmount = 'normal'): PageClaims {
  const text = scoredPart(article.text);
  const scored = scoreArticle({ text, lang: article.lang, title: article.title });
  const ranked = rankClaims(scored, { amount, pinned: (index) => scored[index]?.kind === 'title' });
  const claims: RankedClaim[] = [];
  const headline: RankedClaim[] = [];
  // scoreArticle keeps the text's sentences once each and in order (a title it holds is relabelled
  // in place), after the passages it does not hold.
  const sentences = scored.filter((sentence) => sentence.inText).map(({ start, end }) => ({ start, end }));
  for (const { kind, inText, rank, text, start, end, score, reasons, tier } of ranked) {
    if (tier === 'none') continue;
    const claim: RankedClaim = { text, start, end, score, reasons, tier, rank };
    if (inText) claims.push(claim);
    else if (kind === 'title') headline.push(claim);
  }
  return { claims, headline, sentences };
}
