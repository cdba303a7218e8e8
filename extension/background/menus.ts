/**
 * Entry points outside the page: "Fact-check" in the selection context menu and the keyboard
 * shortcut (declared in wxt.config.ts through the `commands` API), which ask the tab's content
 * script to open the annotation card on the current selection; and "Review all fact-checks" in
 * the toolbar button's menu.
 */
import { browser } from 'wxt/browser';
import { requestTab } from '../messaging/request';
import { openReviewPage } from '../pages/open-views';

const MENU_ID = 'factmark-fact-check';
const REVIEW_MENU_ID = 'factmark-review';
/** The toolbar button's own menu: `action` in MV3, `browser_action` in Firefox's MV2 build. */
const TOOLBAR_CONTEXT = import.meta.env.MANIFEST_VERSION === 3 ? 'action' : 'browser_action';
const COMMAND = 'fact-check-selection';

async function factCheckSelectionIn(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  await requestTab(tabId, { type: 'factCheckSelection' }).catch((error: unknown) => {
    console.warn('Factmark: cannot fact-check on this page', error);
  });
}

export function installMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: browser.i18n.getMessage('commandFactCheck'),
      contexts: ['selection'],
    });
    browser.contextMenus.create({
      id: REVIEW_MENU_ID,
      title: browser.i18n.getMessage('menuReview'),
      contexts: [TOOLBAR_CONTEXT],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void factCheckSelectionIn(tab?.id);
    if (info.menuItemId === REVIEW_MENU_ID) void openReviewPage();
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    await factCheckSelectionIn(tab?.id);
  });
}
