/**
 * `analysePage` where the context has a DOM parser: Firefox's background page and Chrome's
 * offscreen document. The parsed copy has no scripts running and loads nothing (DOMParser
 * documents are inert).
 */
import { analyseHtml, type HtmlAnalysis } from '../../core/analysis/analyse-html';
import { warmUpAnalysis } from '../../core/analysis/warm-up-pages';
import type { HighlightAmount } from '../../core/claims/rank-claims';

export interface PageHtml {
  html: string;
  url: string;
  amount?: HighlightAmount;
}

/** The article and claims of the page serialised in `page.html`. */
export function analyseWithDomParser(page: PageHtml): HtmlAnalysis {
  const domParser = new DOMParser();
  return analyseHtml(page.html, {
    url: page.url,
    amount: page.amount,
    parseHtml: (html) => domParser.parseFromString(html, 'text/html'),
    now: () => performance.now(),
  });
}

/**
 * Runs the warm-up pages through the same path (`warm-up-pages.ts`), so the reader's first page
 * finds the parser, Readability, the segmenters and the word model warm.
 */
export function warmUpDomParser(): void {
  const domParser = new DOMParser();
  warmUpAnalysis({
    parseHtml: (html) => domParser.parseFromString(html, 'text/html'),
    now: () => performance.now(),
  });
}
