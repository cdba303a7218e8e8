/**
 * The toolbar button tells the reader that the article in a tab changed since they checked it: a
 * badge and a title on that tab's button, set from the tab's own `pageStateChanged` event and
 * cleared when its notice is dismissed or the tab navigates (the browser resets a tab's badge).
 * The notice itself is in the popup and the side panel. Nothing of it is drawn over the page,
 * whose script could find it by hit-testing and learn that the reader checked this article.
 */
import { browser, type Browser } from 'wxt/browser';
import { EventSchema, parseMessage } from '../../core/messaging/protocol';
import { callerOf } from './caller';

/** Short enough for every browser's badge, and read with the title by screen readers. */
const BADGE_TEXT = '!';
/** The change notice's border colour (components/change-notice.css), white text on it. */
const BADGE_COLOUR = '#b7791f';

type ToolbarButton = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'>;

/** Chrome (MV3) calls the toolbar button `action`, Firefox's MV2 build `browserAction`. */
function toolbarButton(): ToolbarButton | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: ToolbarButton }).browserAction;
}

async function showOnTab(tabId: number, changed: boolean): Promise<void> {
  const button = toolbarButton();
  if (!button) return;
  await Promise.all([
    button.setBadgeText({ tabId, text: changed ? BADGE_TEXT : '' }),
    button.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }),
    button.setTitle({
      tabId,
      title: changed ? browser.i18n.getMessage('actionArticleChanged') : browser.i18n.getMessage('extName'),
    }),
  ]);
}

/** Listens to the tabs' page states; a tab speaks for its own button only, from its top frame. */
export function showChangeBadges(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0 || callerOf(sender)?.kind !== 'tab') return undefined;
    const event = parseMessage(EventSchema, message);
    if (!event.ok || event.value.type !== 'pageStateChanged') return undefined;
    showOnTab(tabId, event.value.changed).catch((error: unknown) =>
      // The tab was closed meanwhile: nothing to show.
      console.warn('Factmark: the toolbar badge was not set', error),
    );
    return undefined;
  });
}
