/**
 * "Fact-check" entry points outside the page: the selection context menu and the keyboard
 * shortcut (declared in wxt.config.ts through the `commands` API). Both ask the tab's content
 * script to open the annotation card on the current selection.
 */
import { browser } from 'wxt/browser';
import { requestTab } from '../messaging/request';

const MENU_ID = 'factmark-fact-check';
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
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void factCheckSelectionIn(tab?.id);
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    await factCheckSelectionIn(tab?.id);
  });
}
