/**
 * Chrome's service worker has no DOM parser, so it analyses pages in an offscreen document
 * (reason `DOM_PARSER`), created on first use and kept: it also keeps Readability and the claim
 * scorer warm from page to page. Firefox's background page parses by itself and never uses this.
 */
import { browser } from 'wxt/browser';
import type { HtmlAnalysis } from '../../core/analysis/analyse-html';
import { requestOffscreen } from '../messaging/request';
import type { PageHtml } from './analyse-with-dom-parser';

const OFFSCREEN_PATH = '/offscreen.html';

let creating: Promise<void> | null = null;

/** Creates the offscreen document unless it exists; concurrent callers share one creation. */
async function ensureOffscreenDocument(): Promise<void> {
  if (await browser.offscreen.hasDocument()) return;
  creating ??= browser.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER'],
      justification: 'Find the article and its claims in a copy of the page, off the page’s main thread',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/** The article and claims of the page serialised in `page.html`, from the offscreen document. */
export async function analyseOffscreen(page: PageHtml): Promise<HtmlAnalysis> {
  await ensureOffscreenDocument();
  return requestOffscreen({ type: 'analyseHtml', html: page.html, url: page.url });
}
