/**
 * How views hear about changes (storage/writer.ts calls this after every write): an
 * `annotationsChanged` event, naming the articles whose fact-checks changed, goes to every
 * extension page (runtime message) and to the content script of each tab on those articles' sites
 * (tabs message), naming only the articles of that tab's site (tab-sites.ts): another site's
 * renderer process never holds them. A content script re-reads its page's fact-checks when its
 * article is named (or all are); pages with a Dexie liveQuery see the change on their own. Works
 * from the background and from extension pages alike (neither needs the `tabs` permission to
 * message tabs).
 */
import { browser } from 'wxt/browser';
import { MAX_ANNOUNCED_URLS, type FactmarkEvent } from '../../core/messaging/protocol';
import { siteOf } from '../../core/model/site';
import { broadcast } from './request';
import { type TabSite, tabSites } from './tab-sites';

export async function notifyAnnotationsChanged(articleUrls: readonly string[] | null): Promise<void> {
  const named = articleUrls && articleUrls.length <= MAX_ANNOUNCED_URLS ? [...new Set(articleUrls)] : null;
  if (named?.length === 0) return;
  const event: FactmarkEvent = { type: 'annotationsChanged', articleUrls: named };
  const toTab = async (tabId: number, { site, documentId }: TabSite) => {
    const own = named?.filter((url) => siteOf(url) === site) ?? null;
    if (own?.length === 0) return;
    const tabEvent: FactmarkEvent = { type: 'annotationsChanged', articleUrls: own };
    // To the document that asked (Chrome), or the tab's top frame. A document or content script
    // that is gone has no receiver: that rejection is expected and dropped.
    await browser.tabs
      .sendMessage(tabId, tabEvent, documentId === undefined ? { frameId: 0 } : { documentId })
      .catch(() => undefined);
  };
  const sites = await tabSites();
  await Promise.all([broadcast(event), ...[...sites].map(([tabId, entry]) => toTab(tabId, entry))]);
}
