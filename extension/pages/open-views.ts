/**
 * Opens Factmark's other views from a user gesture: the side panel (Chrome `sidePanel`,
 * Firefox `sidebarAction`) and the review page. Must be called synchronously from the click:
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

export function openReviewPage(query = ''): Promise<unknown> {
  return browser.tabs.create({ url: `${browser.runtime.getURL('/review.html')}${query ? `?${query}` : ''}` });
}
