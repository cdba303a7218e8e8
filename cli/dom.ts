/**
 * Parses a page's HTML into a Document for the pure core the way a browser does: jsdom builds it
 * with parse5, which follows the HTML standard's tree construction (an unclosed `<svg>` lets the
 * next `<p>` out, `<style>` inside `<svg>` holds CSS, not the rest of the page), with scripting
 * disabled like `DOMParser` in the extension's offscreen document, so `<noscript>` content is
 * markup in both. Scripts are never run and no subresource (script, style sheet, frame) is
 * fetched: the CLI reads a saved page, it does not load it.
 */
import { JSDOM } from 'jsdom';

/** A parsed page and the way to free its window once the Document is no longer read. */
export interface ParsedPage {
  doc: Document;
  close: () => void;
}

/**
 * Parses `html` as a page served from `url` (which sets its base URL and `location`), through
 * the window's `DOMParser` as the extension's offscreen document does: the Document it makes has
 * no browsing context, so style sheets are never parsed (jsdom would parse each `<style>`, slowly,
 * and throws on some invalid CSS).
 */
export function parsePage(html: string, url: string): ParsedPage {
  // No `runScripts` and no `resources`: nothing runs and nothing is fetched.
  const { window } = new JSDOM('', { url });
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  return { doc, close: () => window.close() };
}

/** The Document of `html` served from `url`, for a command that reads one page and exits. */
export function parseHtml(html: string, url: string): Document {
  return parsePage(html, url).doc;
}
