/**
 * Where the background analyses a page: in place in Firefox, whose background page has a DOM
 * parser; in Chrome's offscreen document, since its service worker has none. The choice is made
 * when building (`import.meta.env.FIREFOX` is a constant there), so each browser's background
 * carries only its own path: Chrome's service worker no longer loads Readability and the claim
 * scorer it never runs each time it starts (277 kB of script down to 131).
 */
import type { HtmlAnalysis } from '../../core/analysis/analyse-html';
import type { PageHtml } from './analyse-with-dom-parser';
import { analyseOffscreen, ensureOffscreenDocument } from './offscreen-analyser';

export type PageAnalyser = (page: PageHtml) => Promise<HtmlAnalysis>;

export function pageAnalyser(): PageAnalyser {
  if (import.meta.env.FIREFOX) {
    // Imported where it is used: a static import would keep Readability (CommonJS, which cannot
    // be tree-shaken) in Chrome's bundle too.
    return async (page) => (await import('./analyse-with-dom-parser')).analyseWithDomParser(page);
  }
  return analyseOffscreen;
}

/**
 * Gets the analyser ready before a page asks, as the background starts: Firefox's background
 * page warms its own parser and models; Chrome's service worker makes the offscreen document,
 * which warms itself as it loads (entrypoints/offscreen). Without it the first page after the
 * browser started waited for all of that. A failure here is left to the first page, which tries
 * again and tells the reader.
 */
export function preparePageAnalyser(): void {
  if (import.meta.env.FIREFOX) {
    void import('./analyse-with-dom-parser').then((module) => module.warmUpDomParser());
    return;
  }
  ensureOffscreenDocument().catch(() => undefined);
}
