/**
 * Which site each tab's content script speaks for, so that a write's announcement names to a tab
 * only the articles of its own site (notify.ts): every other URL would sit in another site's
 * renderer process. Neither browser tells the extension a tab's address without the `tabs`
 * permission, so the background learns it from the requests of the page a tab shows
 * (`sender.url`, set by the browser: caller.ts).
 *
 * Where the browser names the page's document (Chrome: `sender.documentId`), the entry keeps it
 * and announcements go to that document only: a page the tab loads next cannot receive them, and
 * the entry stays however the tab loads frames or moves in its history. Where it does not
 * (Firefox), the entry is forgotten when the tab starts loading a page, and nothing the tab asks
 * is taken as its page's until the load ends: the page being left stays live meanwhile, and a late
 * request of its own would name its site again for whatever the tab shows next. Once the load
 * ends, the background asks the page the tab shows (the new one, or the same one when the load
 * kept it: a download, a reply with no content) to say it is here and to read its fact-checks
 * again (`rejoin`); if its content script has not started yet, its own first request names it.
 * Either way the entry goes when the tab closes or is replaced.
 *
 * Kept in `storage.session` (one key per tab, so two tabs learnt at once never overwrite each
 * other): it outlives the service worker's restarts, extension pages read it to announce their
 * own writes, and content scripts cannot read it (both browsers keep that area from them).
 */
import { browser } from 'wxt/browser';
import type { ContentRequest } from '../../core/messaging/protocol';

/** The document a tab shows, as the browser named it in a request. */
export interface TabPage {
  tabId: number;
  /** Chrome's id of the document (absent in Firefox). */
  documentId?: string;
}

/** What is kept per tab. */
export interface TabSite {
  site: string;
  documentId?: string;
}

const PREFIX = 'tabSite:';
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;
/** The entry kept for a tab: its document only where the browser named one. */
const tabSite = (site: string, documentId: unknown): TabSite =>
  typeof documentId === 'string' ? { site, documentId } : { site };
const sameEntry = (a: TabSite | undefined, b: TabSite) =>
  a !== undefined && a.site === b.site && a.documentId === b.documentId;

/** What this context wrote last, so a page's later requests write nothing. */
const learnt = new Map<number, TabSite>();
/** Bumped when a tab is forgotten: a write under way meanwhile is not taken as learnt. */
const forgotten = new Map<number, number>();
/** Tabs closed: a request still on its way from one is answered, not remembered. */
const closed = new Set<number>();
/** Tabs loading a page (Firefox): what they ask is answered, not remembered, until the load ends. */
const loading = new Set<number>();

/**
 * Records the site of the tab's page, before its request is answered: a write that commits after
 * that answer finds the tab in the list.
 */
export async function rememberTabSite({ tabId, documentId }: TabPage, site: string): Promise<void> {
  const entry = tabSite(site, documentId);
  if (closed.has(tabId) || loading.has(tabId) || sameEntry(learnt.get(tabId), entry)) return;
  const generation = forgotten.get(tabId) ?? 0;
  await browser.storage.session.set({ [keyOf(tabId)]: entry });
  if ((forgotten.get(tabId) ?? 0) === generation) learnt.set(tabId, entry);
}

/**
 * Whether the tab hears of the writes made now: not while it loads a page (Firefox), when its
 * entry is forgotten, nor once it is closed. The page it shows then reads its own writes back
 * itself (`PageSession.afterOwnWrite`).
 */
export function hearsWrites(tabId: number): boolean {
  return !loading.has(tabId) && !closed.has(tabId);
}

/** Each known tab's site (and document, where the browser names it). */
export async function tabSites(): Promise<Map<number, TabSite>> {
  const stored = await browser.storage.session.get(null);
  const sites = new Map<number, TabSite>();
  for (const [key, value] of Object.entries(stored)) {
    const tabId = Number(key.slice(PREFIX.length));
    const entry = value as Partial<TabSite> | null;
    if (!key.startsWith(PREFIX) || !Number.isInteger(tabId) || typeof entry?.site !== 'string') continue;
    sites.set(tabId, tabSite(entry.site, entry.documentId));
  }
  return sites;
}

/**
 * Forgets tabs as they close or are replaced, and, where the browser names no documents
 * (`onLoading`: Firefox), as they start loading a page; once that load ends, asks the tab's page
 * to rejoin. Background only. Each forget is issued at once, so a request that names the tab's
 * page after it (and after the load) is remembered again.
 */
export function forgetTabsThatLeave({ onLoading }: { onLoading: boolean }): void {
  const forget = (tabId: number) => {
    learnt.delete(tabId);
    forgotten.set(tabId, (forgotten.get(tabId) ?? 0) + 1);
    browser.storage.session.remove(keyOf(tabId)).catch(() => undefined);
  };
  const gone = (tabId: number) => {
    closed.add(tabId);
    loading.delete(tabId);
    forget(tabId);
  };
  browser.tabs.onRemoved.addListener((tabId) => gone(tabId));
  browser.tabs.onReplaced.addListener((_added, removed) => gone(removed));
  if (!onLoading) return;
  const rejoin: ContentRequest = { type: 'rejoin' };
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      loading.add(tabId);
      forget(tabId);
    } else if (change.status === 'complete' && loading.delete(tabId)) {
      // A page with no content script (yet) does not answer: nothing to do.
      browser.tabs.sendMessage(tabId, rejoin, { frameId: 0 }).catch(() => undefined);
    }
  });
}
