/**
 * How views hear about changes (storage/writer.ts calls this after every write): an
 * `annotationsChanged` event, naming the articles whose fact-checks changed, goes to every
 * extension page (runtime message) and to every tab's content script (tabs message). A content
 * script re-reads its page's fact-checks when its article is named (or all are); pages with a
 * Dexie liveQuery see the change on their own. Works from the background and from extension pages
 * alike (neither needs the `tabs` permission to message tabs).
 */
import { browser } from 'wxt/browser';
import { MAX_ANNOUNCED_URLS, type FactmarkEvent } from '../../core/messaging/protocol';
import { broadcast } from './request';

export async function notifyAnnotationsChanged(articleUrls: readonly string[] | null): Promise<void> {
  const named = articleUrls && articleUrls.length <= MAX_ANNOUNCED_URLS ? [...new Set(articleUrls)] : null;
  if (named?.length === 0) return;
  const event: FactmarkEvent = { type: 'annotationsChanged', articleUrls: named };
  const tabs = await browser.tabs.query({});
  await Promise.all([
    broadcast(event),
    // A tab without our content script (chrome:// pages, pages opened before install) has no
    // receiver: that rejection is expected and dropped.
    ...tabs.map((tab) =>
      tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, event).catch(() => undefined),
    ),
  ]);
}
