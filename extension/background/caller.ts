/**
 * Who is asking the background, from what the browser says of the sender (never from the
 * message): one of the extension's own pages (popup, side panel, review page — in a tab or not),
 * or a content script, which speaks only for the site of the page it runs in (`sender.url`, set by
 * the browser, not by the page). Anything else is refused before it is parsed (sender.ts).
 */
import { browser, type Browser } from 'wxt/browser';
import { siteOf } from '../../core/model/site';
import { isOwnSender } from '../messaging/sender';
import type { TabPage } from '../messaging/tab-sites';

/**
 * A tab's `page` is the document it shows, whose site the background remembers for announcements
 * (tab-sites.ts); null for a page the tab does not show (Chrome's prerendering, a page being
 * unloaded) or a frame.
 */
export type Caller = { kind: 'extension-page' } | { kind: 'tab'; site: string; page: TabPage | null };

/** The caller, or null when it may not ask anything (another extension, or a page of no site). */
export function callerOf(sender: Browser.runtime.MessageSender): Caller | null {
  if (!isOwnSender(sender) || sender.url === undefined) return null;
  if (sender.url.startsWith(browser.runtime.getURL('/'))) return { kind: 'extension-page' };
  if (sender.tab?.id === undefined || !URL.canParse(sender.url)) return null;
  const { protocol } = new URL(sender.url);
  if (protocol !== 'http:' && protocol !== 'https:') return null;
  const lifecycle = sender.documentLifecycle;
  const shown = (sender.frameId ?? 0) === 0 && (lifecycle === undefined || lifecycle === 'active');
  const page = { tabId: sender.tab.id, ...(sender.documentId ? { documentId: sender.documentId } : {}) };
  return { kind: 'tab', site: siteOf(sender.url), page: shown ? page : null };
}
