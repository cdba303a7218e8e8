/**
 * The whole detection pipeline over a page's serialised HTML: parse it, find the article, score
 * its claims, and hand back an article whose segments the content script can bind to the live
 * page (portable-article.ts). It runs in the extension, where a DOM parser is at hand (Firefox's
 * background page, Chrome's offscreen document) and where Readability, the sentence segmenter and
 * the word model stay warm from page to page; the page's main thread only serialises and binds.
 *
 * Pure: the parser and the clock are passed in.
 */
import { extractArticle } from '../article/extract-article';
import { type PortableArticle, toPortableArticle } from '../article/portable-article';
import { textUnits } from '../article/text-units';
import { pageClaims } from '../claims/page-claims';
import type { HighlightAmount } from '../claims/rank-claims';
import type { RankedClaim, SentenceSpan } from '../claims/types';

/** Milliseconds spent on each step, for profiling (the page records them with its measures). */
interface AnalysisTimings {
  parse: number;
  extract: number;
  claims: number;
}

export interface HtmlAnalysis {
  /** Null when the page is not an article. */
  article: PortableArticle | null;
  /** The article text's claims to highlight, ranked (offsets into the text). */
  claims: RankedClaim[];
  /** The title's claims to highlight, when the text does not hold the title (offsets into the title). */
  headline: RankedClaim[];
  /** Every sentence of the article text (`PageClaims.sentences`). */
  sentences: SentenceSpan[];
  timings: AnalysisTimings;
}

export interface AnalyseHtmlOptions {
  /** The address the page was loaded from (its canonical URL is derived from it). */
  url: string;
  /** How much to highlight (`rank-claims.ts`); `normal` by default. */
  amount?: HighlightAmount;
  /** Builds a Document from HTML, e.g. `new DOMParser().parseFromString(html, 'text/html')`. */
  parseHtml: (html: string) => Document;
  /** A monotonic clock in milliseconds, e.g. `performance.now`. */
  now: () => number;
}

/** Finds the article of the page serialised as `html`, and its claims. */
export function analyseHtml(html: string, options: AnalyseHtmlOptions): HtmlAnalysis {
  const { now } = options;
  const started = now();
  const doc = options.parseHtml(html);
  // Text units leave <noscript> out (its content differs between a live page and a parser
  // without scripting); Readability removes it anyway.
  for (const noscript of Array.from(doc.getElementsByTagName('noscript'))) noscript.remove();
  const parsed = now();
  const article = extractArticle(doc, { url: options.url });
  const portable = article ? toPortableArticle(article, textUnits(doc)) : null;
  const extracted = now();
  const { claims, headline, sentences } = article
    ? pageClaims(article, options.amount)
    : { claims: [], headline: [], sentences: [] };
  const scored = now();
  return {
    article: portable,
    claims,
    headline,
    sentences,
    timings: { parse: parsed - started, extract: extracted - parsed, claims: scored - extracted },
  };
}
