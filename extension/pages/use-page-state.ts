/**
 * Follows the active tab's page state for the popup and the side panel: asks its content script,
 * then asks again whenever that tab reports a change, the reader switches tabs, or a page loads.
 * A view opened as `…?tab=ID` follows that tab instead (a panel pinned to one page; tests).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { EMPTY_PAGE_STATE, type PageState } from '../../core/messaging/page-state';
import { EventSchema, parseMessage } from '../../core/messaging/protocol';
import { isOwnSender } from '../messaging/sender';
import { RequestFailed, requestTab } from '../messaging/request';

export interface ActiveTabState {
  tabId: number | null;
  state: PageState;
  /** Readable reason when the page cannot be read (browser pages, tabs opened before install). */
  error: string | null;
}

/** The tab named by the view's `?tab=` query, if any. */
function pinnedTab(): number | null {
  const value = Number(new URLSearchParams(location.search).get('tab'));
  return Number.isInteger(value) && value > 0 ? value : null;
}

async function followedTab(): Promise<number | undefined> {
  const pinned = pinnedTab();
  if (pinned !== null) return pinned;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export function usePageState(): ActiveTabState {
  const [current, setCurrent] = useState<ActiveTabState>({
    tabId: null,
    state: EMPTY_PAGE_STATE,
    error: null,
  });

  useEffect(() => {
    let disposed = false;
    const refresh = async () => {
      const tabId = await followedTab();
      if (tabId === undefined) return;
      try {
        const state = await requestTab(tabId, { type: 'getPageState' });
        if (!disposed) setCurrent({ tabId, state, error: null });
      } catch (error) {
        if (!disposed) {
          const message = error instanceof RequestFailed ? error.message : String(error);
          setCurrent({ tabId, state: EMPTY_PAGE_STATE, error: message });
        }
      }
    };
    const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
      if (!isOwnSender(sender)) return;
      const event = parseMessage(EventSchema, message);
      if (event.ok) void refresh();
    };
    const onUpdated = (_tabId: number, change: Browser.tabs.OnUpdatedInfo) => {
      if (change.status === 'complete') void refresh();
    };
    const onActivated = () => void refresh();
    browser.runtime.onMessage.addListener(onMessage);
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    void refresh();
    return () => {
      disposed = true;
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);

  return current;
}
