/**
 * Chrome's offscreen document (created by the background, offscreen-analyser.ts): parses pages
 * for the service worker, which has no DOM parser. It answers only the background: requests from
 * a tab (a content script) are refused.
 */
import { browser } from 'wxt/browser';
import { OffscreenRequestSchema } from '../../core/messaging/protocol';
import { analyseWithDomParser, warmUpDomParser } from '../../extension/background/analyse-with-dom-parser';
import { AnalysisFailed } from '../../extension/background/analysis-failed';
import { isExtensionContext } from '../../extension/messaging/sender';
import { serveRequests } from '../../extension/messaging/serve';

browser.runtime.onMessage.addListener(
  serveRequests(
    OffscreenRequestSchema,
    (type) => type === 'analyseHtml',
    async (request) => analyseWithDomParser(request),
    (error) => ({ code: 'analysis-failed', message: new AnalysisFailed(error).message }),
    isExtensionContext,
  ),
);

// Made as the background starts, before any page asks (page-analyser.ts): warm up now, after the
// listener is in place, so the reader's first page finds everything warm.
setTimeout(warmUpDomParser, 0);
