/**
 * How views hear about changes: the background sends `annotationsChanged` to every extension
 * page (runtime message) and to every tab's content script (tabs message). Content scripts then
 * re-read their page's annotations; pages with a Dexie liveQuery see the change on their own.
 */
import { browser } from 'wxt/browser';
import type { FactmarkEvent } from '../../core/messaging/protocol';
import { broadcast } from '../messaging/request';

export async function notifyAnnotationsChanged(articleUrl: string): Promise<void> {
  const event: FactmarkEvent = { type: 'annotationsChanged', articleUrl };
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
