/**
 * Where the background analyses a page: in place when it has a DOM parser (Firefox's background
 * page), otherwise in Chrome's offscreen document.
 */
import type { HtmlAnalysis } from '../../core/analysis/analyse-html';
import { analyseWithDomParser, type PageHtml } from './analyse-with-dom-parser';
import { analyseOffscreen } from './offscreen-analyser';

export type PageAnalyser = (page: PageHtml) => Promise<HtmlAnalysis>;

export function pageAnalyser(): PageAnalyser {
  if (typeof DOMParser === 'function') return async (page) => analyseWithDomParser(page);
  return analyseOffscreen;
}
