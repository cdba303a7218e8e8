/**
 * Opens Factmark's other views from a user gesture: the side panel (Chrome `sidePanel`,
 * Firefox `sidebarAction`), the review page and the options page. Must be called synchronously from the click:
 * browsers refuse to open a panel once the gesture has been awaited away.
 */
import { browser } from 'wxt/browser';

interface SidePanelApi {
  open(options: { tabId: number }): Promise<void>;
}
interface SidebarActionApi {
  open(): Promise<void>;
}

export function openSidePanel(tabId: number): Promise<void> {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi };
  if (api.sidebarAction) return api.sidebarAction.open();
  if (api.sidePanel) return api.sidePanel.open({ tabId });
  return Promise.reject(new Error('This browser has no side panel'));
}

/** Opens the review page on a view (its URL query) and, with `hash`, on one row (core/review/row-hash.ts). */
export function openReviewPage(query = '', hash = ''): Promise<unknown> {
  const url = `${browser.runtime.getURL('/review.html')}${query ? `?${query}` : ''}${hash}`;
  return browser.tabs.create({ url });
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}
