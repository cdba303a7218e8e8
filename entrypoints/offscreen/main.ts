import { browser } from 'wxt/browser';
import { OffscreenRequestSchema } from '../../core/messaging/protocol';
import { analyseWithDomParser } from '../../extension/background/analyse-with-dom-parser';
import { AnalysisFailed } from '../../extension/background/analysis-failed';
import { serveRequests } from '../../extension/messaging/serve';

browser.runtime.onMessage.addListener(
  serveRequests(
    OffscreenRequestSchema,
    (type) => type === 'analyseHtml',
    async (request) => analyseWithDomParser(request),
    (error) => ({ code: 'analysis-failed', message: new AnalysisFailed(error).message }),
  ),
);
