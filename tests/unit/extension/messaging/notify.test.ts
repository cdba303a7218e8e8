import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { notifyAnnotationsChanged } from '../../../../extension/messaging/notify';
import { forgetTabsThatLeave, rememberTabSite, tabSites } from '../../../../extension/messaging/tab-sites';

// Tab ids are new in each test: what this context learnt outlives the reset.
let nextTab = 100;
const newTabId = () => nextTab++;

beforeEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  await fakeBrowser.storage.session.clear();
});

function sentToTabs() {
  const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
  return () => new Map(sent.mock.calls.map(([tabId, event]) => [tabId, event]));
}

describe("a write's announcement", () => {
  test('names to each tab only the changed articles of its own site', async () => {
    const [news, other, idle] = [newTabId(), newTabId(), newTabId()];
    await rememberTabSite(news, 'news.example');
    await rememberTabSite(other, 'other.example');
    await rememberTabSite(idle, 'quiet.example');
    const sent = sentToTabs();
    await notifyAnnotationsChanged(['https://www.news.example/a', 'https://other.example/b']);
    expect(sent()).toEqual(
      new Map([
        [news, { type: 'annotationsChanged', articleUrls: ['https://www.news.example/a'] }],
        [other, { type: 'annotationsChanged', articleUrls: ['https://other.example/b'] }],
      ]),
    );
  });

  test('"any article" reaches every known tab, and a tab never heard from gets nothing', async () => {
    const known = newTabId();
    await rememberTabSite(known, 'news.example');
    const unknown = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    const sent = sentToTabs();
    await notifyAnnotationsChanged(null);
    expect(sent()).toEqual(new Map([[known, { type: 'annotationsChanged', articleUrls: null }]]));
    expect(sent().has(unknown.id ?? -1)).toBe(false);
  });

  test('a tab that closes or loads another page is forgotten until it asks again', async () => {
    forgetTabsThatLeave();
    const [closed, navigated, stays] = [newTabId(), newTabId(), newTabId()];
    for (const tabId of [closed, navigated, stays]) await rememberTabSite(tabId, 'news.example');
    await fakeBrowser.tabs.onRemoved.trigger(closed, { windowId: 1, isWindowClosing: false });
    await fakeBrowser.tabs.onUpdated.trigger(navigated, { status: 'loading' }, { id: navigated } as never);
    await vi.waitFor(async () => expect([...(await tabSites()).keys()]).toEqual([stays]));
    // Asking again names the tab again, even for the site it had before.
    await rememberTabSite(navigated, 'news.example');
    expect((await tabSites()).get(navigated)).toBe('news.example');
  });
});
