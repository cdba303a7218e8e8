import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { showChangeBadges } from '../../../../extension/background/change-badge';

const MESSAGES: Record<string, string> = {
  extName: 'Factmark',
  actionArticleChanged: 'Factmark: this article changed since you checked it.',
};

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => MESSAGES[name] ?? '');
  showChangeBadges();
});

/** A content script's sender: its tab, its frame and the page's address (set by the browser). */
const fromTab = (tabId: number, frameId = 0, url = 'https://news.example/a') => ({
  id: fakeBrowser.runtime.id,
  url,
  tab: { id: tabId } as never,
  frameId,
});

const badge = async (tabId: number) => ({
  text: await fakeBrowser.action.getBadgeText({ tabId }),
  title: await fakeBrowser.action.getTitle({ tabId }),
});

/** Lets the listener's badge calls settle. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the toolbar badge of a changed article', () => {
  test('shows on the tab whose page changed, and goes once the change is dismissed', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'pageStateChanged', changed: true }, fromTab(7));
    await settled();
    expect(await badge(7)).toEqual({ text: '!', title: MESSAGES.actionArticleChanged });
    expect((await badge(8)).text).toBe('');

    await fakeBrowser.runtime.onMessage.trigger({ type: 'pageStateChanged', changed: false }, fromTab(7));
    await settled();
    expect(await badge(7)).toEqual({ text: '', title: 'Factmark' });
  });

  test('a frame of the page, an extension page or a malformed event sets nothing', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'pageStateChanged', changed: true }, fromTab(7, 3));
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'pageStateChanged', changed: true },
      { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') },
    );
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'pageStateChanged', changed: true },
      { ...fromTab(7), id: 'another-extension' },
    );
    await fakeBrowser.runtime.onMessage.trigger({ type: 'pageStateChanged', changed: 'yes' }, fromTab(7));
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'pageStateChanged', changed: true },
      fromTab(7, 0, 'file:///a'),
    );
    await settled();
    expect((await badge(7)).text).toBe('');
  });
});
