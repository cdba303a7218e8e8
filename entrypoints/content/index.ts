import { browser, type Browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { changeToShow, passageOf } from '../../core/messaging/page-state';
import { ContentRequestSchema, EventSchema, parseMessage } from '../../core/messaging/protocol';
import { readClaimReviews } from '../../core/claimreview/read-claim-reviews';
import { installAnnouncer } from '../../extension/content/announcer';
import { installClaimNavigation } from '../../extension/content/claim-navigation';
import { textPointAt } from '../../extension/content/click-to-select';
import { factCheckPassage } from '../../extension/content/fact-check-passage';
import { installHighlighter } from '../../extension/content/highlighter';
import { PageSession } from '../../extension/content/page-session';
import { installSelectionButton } from '../../extension/content/selection-button';
import { selectedPassage } from '../../extension/content/selection-offsets';
import { SilentContentScriptContext } from '../../extension/content/silent-context';
import { removeEarlierUi } from '../../extension/content/own-ui';
import { installMemoryMarks, type MemoryMarksView } from '../../extension/content/memory-marks';
import { installVerdictTooltip } from '../../extension/content/verdict-tooltip';
import { watchPage } from '../../extension/content/watch-page';
import { rejoin, rejoinWhenShownAgain } from '../../extension/content/page-shown-again';
import { broadcast } from '../../extension/messaging/request';
import { isOwnSender } from '../../extension/messaging/sender';
import { serveRequests } from '../../extension/messaging/serve';
import { isTrusted } from '../../extension/content/trusted-events';
import { measuredAsync, yieldToMain } from '../../extension/content/timing';
import { highlightAmount } from '../../extension/settings/highlight-amount';

const CONTENT_TYPES = new Set<string>(
  ContentRequestSchema.options.map((option) => option.entries.type.literal),
);

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // The styles come with each of our shadow roots (own-ui.ts): none in the page, none fetched.
  cssInjectionMode: 'manual',
  // WXT's context (given to `main`, left unused) would post the extension's id to the page.
  noScriptStartedPostMessage: true,
  main() {
    removeEarlierUi(document);
    const ctx = new SilentContentScriptContext('content');
    let showMarks: MemoryMarksView | null = null;
    const session = new PageSession(
      document,
      () => location.href,
      (state) => {
        // The toolbar button tells the reader of a change (background/change-badge.ts), not the
        // page: anything shown over the page, the page can find by hit-testing.
        void broadcast({ type: 'pageStateChanged', changed: changeToShow(state) !== null });
        showMarks?.(session.currentArticle, state.alreadyChecked);
      },
      () => highlightAmount.getValue(),
    );
    const unwatchAmount = highlightAmount.watch(() => void session.refresh());
    const factCheckSelection = () => {
      const article = session.currentArticle;
      const selection = document.getSelection();
      const passage = article && selection ? selectedPassage(document, article, selection) : null;
      return passage ? factCheckPassage(ctx, session, passage) : Promise.resolve(false);
    };

    const answer = serveRequests(
      ContentRequestSchema,
      (type) => CONTENT_TYPES.has(type),
      async (request) => {
        switch (request.type) {
          case 'getPageState':
            return session.pageState;
          case 'scrollToPassage':
            return session.scrollTo(request);
          case 'showFactCheck':
            return session.showFactCheck(request.factCheckId);
          case 'factCheckSelection':
            return factCheckSelection();
          case 'dismissSentence':
            return session.dismiss(request.text);
          case 'getPublishedReviews':
            return readClaimReviews(document, location.href);
          case 'reuseEarlierCheck':
            return session.reuseEarlierCheck(request);
          case 'dismissChange':
            return session.dismissChange();
          case 'rejoin':
            rejoin(session);
            return null;
        }
      },
      (error) => ({ code: 'unavailable', message: String(error) }),
    );
    const onEvent = (message: unknown, sender: Browser.runtime.MessageSender) => {
      if (!isOwnSender(sender)) return;
      const event = parseMessage(EventSchema, message);
      if (!event.ok || event.value.type !== 'annotationsChanged') return;
      const { articleUrls } = event.value;
      const own = session.currentArticle?.url;
      if (articleUrls === null || (own !== undefined && articleUrls.includes(own))) {
        void session.reloadAnnotations();
      }
    };
    browser.runtime.onMessage.addListener(answer);
    browser.runtime.onMessage.addListener(onEvent);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(answer);
      browser.runtime.onMessage.removeListener(onEvent);
      unwatchAmount();
    });

    ctx.addEventListener(document, 'click', (event) => {
      if (!isTrusted(event)) return;
      const point = session.currentArticle ? textPointAt(document, event) : null;
      const hit = point ? session.passageAtPoint(point.node, point.offset) : undefined;
      if (hit && hit.start !== null && hit.end !== null) {
        const { start, end, place } = hit;
        void factCheckPassage(ctx, session, passageOf(start, end, place));
      }
    });
    const articleNodes = () =>
      new Set<Node>(session.currentArticle?.segments.map((segment) => segment.node) ?? []);
    watchPage(ctx, document, articleNodes, () => void session.refresh());
    rejoinWhenShownAgain(ctx, session);
    // The analysis asks for the page's first idle period before the UI does: the page is
    // serialised and sent first, and the UI is made while the extension analyses it.
    void session.refresh();
    // Factmark's own UI is made once the page is idle, in its own task rather than in the one
    // that loads the content script; the same on every page whatever the reader's data (the marks'
    // hosts before any look-up, marked or not: the page sees the same hosts). The marks' hosts
    // and all of Factmark's UI are removed with the context when the extension is reloaded or
    // disabled (createShadowRootUi).
    void yieldToMain().then(() =>
      measuredAsync('factmark:ui', () =>
        Promise.all([
          installHighlighter(ctx).then((highlighter) => session.drawMarksWith(highlighter)),
          installMemoryMarks(ctx).then((view) => {
            showMarks = view;
            view(session.currentArticle, session.pageState.alreadyChecked);
          }),
          installSelectionButton(
            ctx,
            () => session.currentArticle,
            (passage) => void factCheckPassage(ctx, session, passage),
          ),
          installVerdictTooltip(ctx, session),
          installAnnouncer(ctx).then((announcer) => installClaimNavigation(ctx, session, announcer)),
        ]),
      ),
    );
  },
});
