import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { notifyAnnotationsChanged } from '../../../../extension/messaging/notify';
import {
  forgetTabsThatLeave,
  hearsWrites,
  rememberTabSite,
  tabSites,
} from '../../../../extension/messaging/tab-sites';

// Tab ids are new in each test: what this context learnt outlives the reset.
let nextTab = 100;
const newTabId = () => nextTab++;

/** The fake browser has no tab replacements: the listener is kept and called as Chrome would. */
let onReplaced: (added: number, removed: number) => void = () => {};

beforeEach(async () => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  await fakeBrowser.storage.session.clear();
  vi.spyOn(fakeBrowser.tabs.onReplaced, 'addListener').mockImplementation((listener) => {
    onReplaced = listener;
  });
});

/** The events sent to tabs, by tab id, with the options they were sent with. */
function sentToTabs() {
  const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
  return () => new Map(sent.mock.calls.map(([tabId, event, options]) => [tabId, { event, options }]));
}

const changed = (articleUrls: string[] | null) => ({ type: 'annotationsChanged', articleUrls });

describe("a write's announcement", () => {
  test('names to each tab only the changed articles of its own site', async () => {
    const [news, other, idle] = [newTabId(), newTabId(), newTabId()];
    await rememberTabSite({ tabId: news }, 'news.example');
    await rememberTabSite({ tabId: other, documentId: 'D-other' }, 'other.example');
    await rememberTabSite({ tabId: idle }, 'quiet.example');
    const sent = sentToTabs();
    await notifyAnnotationsChanged(['https://www.news.example/a', 'https://other.example/b']);
    expect(sent()).toEqual(
      new Map([
        [news, { event: changed(['https://www.news.example/a']), options: { frameId: 0 } }],
        // Where the browser named the page's document, to that document only.
        [other, { event: changed(['https://other.example/b']), options: { documentId: 'D-other' } }],
      ]),
    );
  });

  test('"any article" reaches every known tab, and a tab never heard from gets nothing', async () => {
    const known = newTabId();
    await rememberTabSite({ tabId: known }, 'news.example');
    const unknown = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    const sent = sentToTabs();
    await notifyAnnotationsChanged(null);
    expect(sent()).toEqual(new Map([[known, { event: changed(null), options: { frameId: 0 } }]]));
    expect(sent().has(unknown.id ?? -1)).toBe(false);
  });
});

describe('the tabs known', () => {
  test('a tab that closes or is replaced is forgotten; in Firefox one that loads a page too', async () => {
    forgetTabsThatLeave({ onLoading: true });
    const [closed, replaced, navigated, stays] = [newTabId(), newTabId(), newTabId(), newTabId()];
    for (const tabId of [closed, replaced, navigated, stays])
      await rememberTabSite({ tabId }, 'news.example');
    await fakeBrowser.tabs.onRemoved.trigger(closed, { windowId: 1, isWindowClosing: false });
    onReplaced(newTabId(), replaced);
    await fakeBrowser.tabs.onUpdated.trigger(navigated, { status: 'loading' }, { id: navigated } as never);
    await vi.waitFor(async () => expect([...(await tabSites()).keys()]).toEqual([stays]));
    // Once the load ends, its page asking names the tab again, even on the site it had before; a
    // late request from a closed tab does not.
    sentToTabs();
    await fakeBrowser.tabs.onUpdated.trigger(navigated, { status: 'complete' }, { id: navigated } as never);
    await rememberTabSite({ tabId: navigated }, 'news.example');
    await rememberTabSite({ tabId: closed }, 'news.example');
    expect(new Set((await tabSites()).keys())).toEqual(new Set([navigated, stays]));
  });

  test('in Chrome a tab stays known while it loads frames or moves in its history', async () => {
    forgetTabsThatLeave({ onLoading: false });
    const tabId = newTabId();
    await rememberTabSite({ tabId, documentId: 'D1' }, 'news.example');
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'loading' }, { id: tabId } as never);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await tabSites()).get(tabId)).toEqual({ site: 'news.example', documentId: 'D1' });
    // Its next page's first request names the new document.
    await rememberTabSite({ tabId, documentId: 'D2' }, 'other.example');
    expect((await tabSites()).get(tabId)).toEqual({ site: 'other.example', documentId: 'D2' });
  });

  test('a tab forgotten while its site was being written is written again at its next request', async () => {
    forgetTabsThatLeave({ onLoading: true });
    const tabId = newTabId();
    const remembering = rememberTabSite({ tabId }, 'news.example');
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'loading' }, { id: tabId } as never);
    await remembering;
    await vi.waitFor(async () => expect((await tabSites()).has(tabId)).toBe(false));
    sentToTabs();
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'complete' }, { id: tabId } as never);
    await rememberTabSite({ tabId }, 'news.example');
    expect((await tabSites()).get(tabId)).toEqual({ site: 'news.example' });
  });

  test('in Firefox, what a tab asks while it loads a page names nothing: the page being left may still ask', async () => {
    forgetTabsThatLeave({ onLoading: true });
    const tabId = newTabId();
    await rememberTabSite({ tabId }, 'news.example');
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'loading' }, { id: tabId } as never);
    // The page being left (news.example) asks once more, after the load started: a debounced
    // refresh, or a card saving as it goes. The tab may show another site by then.
    await rememberTabSite({ tabId }, 'news.example');
    const sent = sentToTabs();
    await notifyAnnotationsChanged(['https://news.example/story']);
    expect(sent().has(tabId)).toBe(false);
    // So the page being left, which may have just saved, is told it hears nothing: it reads its
    // own write back itself (PageSession.afterOwnWrite).
    expect(hearsWrites(tabId)).toBe(false);
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'complete' }, { id: tabId } as never);
    expect(hearsWrites(tabId)).toBe(true);
  });

  test('in Firefox, once a load ends the tab is asked to rejoin, and its page, named again, hears of writes', async () => {
    forgetTabsThatLeave({ onLoading: true });
    const [kept, unasked] = [newTabId(), newTabId()];
    await rememberTabSite({ tabId: kept }, 'news.example');
    await rememberTabSite({ tabId: unasked }, 'news.example');
    const sent = sentToTabs();
    // A load that keeps the page (a download, a reply with no content): loading, then complete.
    await fakeBrowser.tabs.onUpdated.trigger(kept, { status: 'loading' }, { id: kept } as never);
    await fakeBrowser.tabs.onUpdated.trigger(kept, { status: 'complete' }, { id: kept } as never);
    // A tab that only reports it is complete (no load started here) is not asked.
    await fakeBrowser.tabs.onUpdated.trigger(unasked, { status: 'complete' }, { id: unasked } as never);
    expect(sent()).toEqual(new Map([[kept, { event: { type: 'rejoin' }, options: { frameId: 0 } }]]));
    // Its page answers with a request (a ping), which names it again.
    await rememberTabSite({ tabId: kept }, 'news.example');
    await notifyAnnotationsChanged(['https://news.example/story']);
    expect(sent().get(kept)).toEqual({
      event: changed(['https://news.example/story']),
      options: { frameId: 0 },
    });
  });

  test('in Chrome a finished load asks nothing: the entry names the document', async () => {
    forgetTabsThatLeave({ onLoading: false });
    const tabId = newTabId();
    const sent = sentToTabs();
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'loading' }, { id: tabId } as never);
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'complete' }, { id: tabId } as never);
    expect(sent().size).toBe(0);
  });
});
