/**
 * Chrome's service worker has no DOM parser, so it analyses pages in an offscreen document
 * (reason `DOM_PARSER`), created on first use and kept: it also keeps Readability and the claim
 * scorer warm from page to page. Firefox's background page parses by itself and never uses this.
 */
import { browser } from 'wxt/browser';
import type { HtmlAnalysis } from '../../core/analysis/analyse-html';
import { RequestFailed, requestOffscreen } from '../messaging/request';
import type { PageHtml } from './analyse-with-dom-parser';

const OFFSCREEN_PATH = '/offscreen.html';

/**
 * The document's readiness, shared by every caller in this service worker's life. Chrome reports
 * a document from the moment its creation starts, before its listener is registered, so callers
 * wait on this promise rather than on `hasDocument()`. Cleared when creation fails or the document
 * stops answering, so the next page tries again.
 */
let ready: Promise<void> | null = null;

export function ensureOffscreenDocument(): Promise<void> {
  ready ??= (async () => {
    if (await browser.offscreen.hasDocument()) return;
    await browser.offscreen.createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER'],
      justification: 'Find the article and its claims in a copy of the page, off the page’s main thread',
    });
  })().catch((error: unknown) => {
    ready = null;
    throw error;
  });
  return ready;
}

/** The article and claims of the page serialised in `page.html`, from the offscreen document. */
export async function analyseOffscreen(page: PageHtml): Promise<HtmlAnalysis> {
  const request = { type: 'analyseHtml', html: page.html, url: page.url, amount: page.amount } as const;
  await ensureOffscreenDocument();
  try {
    return await requestOffscreen(request);
  } catch (error) {
    // The document was closed under us (Chrome may discard it): make it again, once.
    if (!(error instanceof RequestFailed) || error.code !== 'unavailable') throw error;
    ready = null;
    await ensureOffscreenDocument();
    return requestOffscreen(request);
  }
}
