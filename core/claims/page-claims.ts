/**
 * The claims a page highlights: its article's sentences, title included, scored
 * (`score-article.ts`) and ranked within the article (`rank-claims.ts`), keeping those ranked
 * for highlighting. Title sentences the text does not hold come apart as `headline`, with
 * offsets into the title, for the page to find in its heading; every other claim has offsets
 * into the article text.
 *
 * The title is highlighted whenever it scores at or above the amount's floor, outside the
 * share: it is the sentence most readers read and share, and where a story states its main
 * claim. A product rule, not a tuned one: it adds at most the title's sentences to an article.
 */
import { AMOUNTS, type HighlightAmount, rankClaims } from './rank-claims';
import { scoreArticle } from './score-article';
import type { RankedClaim } from './types';

export interface PageClaims {
  /** Highlighted sentences of the article text, in text order. */
  claims: RankedClaim[];
  /** Highlighted sentences of the title, when the text does not hold it (offsets into the title). */
  headline: RankedClaim[];
}

export interface ArticleForClaims {
  text: string;
  lang: string;
  title: string | null;
}

/** The article's claims to highlight with `amount` (see `AMOUNTS`). */
export function pageClaims(article: ArticleForClaims, amount: HighlightAmount = 'normal'): PageClaims {
  const ranked = rankClaims(scoreArticle({ text: article.text, lang: article.lang, title: article.title }), {
    amount,
  });
  const claims: RankedClaim[] = [];
  const headline: RankedClaim[] = [];
  const floor = AMOUNTS[amount].floor;
  for (const { kind, inText, rank, text, start, end, score, reasons, ...rest } of ranked) {
    const tier = rest.tier === 'none' && kind === 'title' && score >= floor ? 'claim' : rest.tier;
    if (tier === 'none') continue;
    const claim: RankedClaim = { text, start, end, score, reasons, tier, rank };
    if (inText) claims.push(claim);
    else if (kind === 'title') headline.push(claim);
  }
  return { claims, headline };
}
