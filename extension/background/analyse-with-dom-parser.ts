/**
 * `analysePage` where the context has a DOM parser: Firefox's background page and Chrome's
 * offscreen document. The parsed copy has no scripts running and loads nothing (DOMParser
 * documents are inert).
 */
import { type AnalyseHtmlOptions, analyseHtml, type HtmlAnalysis } from '../../core/analysis/analyse-html';
import { warmUpAnalysis } from '../../core/analysis/warm-up-pages';
import type { HighlightAmount } from '../../core/claims/rank-claims';

export interface PageHtml {
  html: string;
  url: string;
  amount?: HighlightAmount;
}

/** How this context parses a page and reads the clock, for `analyseHtml`. */
function domParserOptions(): Pick<AnalyseHtmlOptions, 'parseHtml' | 'now'> {
  const domParser = new DOMParser();
  return {
    parseHtml: (html) => domParser.parseFromString(html, 'text/html'),
    now: () => performance.now(),
  };
}

/** The article and claims of the page serialised in `page.html`. */
export function analyseWithDomParser(page: PageHtml): HtmlAnalysis {
  return analyseHtml(page.html, { url: page.url, amount: page.amount, ...domParserOptions() });
}

/**
 * Runs the warm-up pages through the same path (`warm-up-pages.ts`), so the reader's first page
 * finds the parser, Readability, the segmenters and the word model warm.
 */
export function warmUpDomParser(): void {
  warmUpAnalysis(domParserOptions());
}
