/**
 * Which site each tab's content script speaks for, so that a write's announcement names to a tab
 * only the articles of its own site (notify.ts): every other URL would sit in another site's
 * renderer process. Neither browser tells the extension a tab's address without the `tabs`
 * permission, so the background learns it from the tab's own requests (`sender.url`, set by the
 * browser: caller.ts) and forgets it when the tab closes or starts loading a new page.
 *
 * Kept in `storage.session` (one key per tab, so two tabs learnt at once never overwrite each
 * other): it outlives the service worker's restarts, extension pages read it to announce their
 * own writes, and content scripts cannot read it (both browsers keep that area from them).
 */
import { browser } from 'wxt/browser';

const PREFIX = 'tabSite:';
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

/** What this context wrote last, so a tab's later requests write nothing. */
const learnt = new Map<number, string>();

/**
 * Records the site of the tab's page, before its request is answered: a write that commits after
 * that answer finds the tab in the list.
 */
export async function rememberTabSite(tabId: number, site: string): Promise<void> {
  if (learnt.get(tabId) === site) return;
  await browser.storage.session.set({ [keyOf(tabId)]: site });
  learnt.set(tabId, site);
}

/** Each known tab's site. */
export async function tabSites(): Promise<Map<number, string>> {
  const stored = await browser.storage.session.get(null);
  const sites = new Map<number, string>();
  for (const [key, site] of Object.entries(stored)) {
    const tabId = Number(key.slice(PREFIX.length));
    if (key.startsWith(PREFIX) && Number.isInteger(tabId) && typeof site === 'string') sites.set(tabId, site);
  }
  return sites;
}

/**
 * Forgets a tab when it closes or starts loading a page (its next page may be on another site;
 * its content script's first request names it again). Background only.
 */
export function forgetTabsThatLeave(): void {
  const forget = (tabId: number) => {
    learnt.delete(tabId);
    browser.storage.session.remove(keyOf(tabId)).catch(() => undefined);
  };
  browser.tabs.onRemoved.addListener((tabId) => forget(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') forget(tabId);
  });
}
