import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { runCardFrame } from '../../../../extension/card/card-frame';
import type { CardView, HostMessage } from '../../../../extension/messaging/card-protocol';

const VIEW: CardView = {
  claimText: 'La Russie a reconnu le régime.',
  claimLang: 'fr',
  locale: 'en',
  initial: { verdict: null, sources: [], note: '', tags: [] },
};

/** A port to the content script whose posts throw once `dead` is set, as Chrome's do after a reload. */
function fakePort() {
  const listeners: ((message: HostMessage) => void)[] = [];
  const posted: unknown[] = [];
  const port = {
    dead: false,
    posted,
    deliver: (message: HostMessage) => {
      for (const listener of listeners) listener(message);
    },
    postMessage(message: unknown) {
      if (port.dead) throw new Error('Extension context invalidated.');
      posted.push(message);
    },
    onMessage: { addListener: (listener: (message: HostMessage) => void) => listeners.push(listener) },
    onDisconnect: { addListener: () => undefined },
  };
  return port;
}

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  cleanup();
  root.remove();
});

/** Lets the save's promise settle and the card re-render. */
async function settle() {
  for (let round = 0; round < 5; round++) await new Promise((resolve) => setTimeout(resolve, 0));
}

test('once the content script cannot be reached (Factmark reloaded), a save says so in the reader’s words', async () => {
  const port = fakePort();
  vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue({ id: 7 } as Browser.tabs.Tab);
  vi.spyOn(fakeBrowser.tabs, 'connect').mockReturnValue(port as unknown as Browser.runtime.Port);
  await runCardFrame(root);
  port.deliver({ type: 'show', card: VIEW });
  expect(screen.getByRole('dialog', { name: 'Fact-check' })).toBeTruthy();

  port.dead = true;
  fireEvent.click(screen.getByRole('radio', { name: 'False' }));
  await settle();
  expect(screen.getByRole('status').textContent).toBe(
    'Not saved: Factmark is not responding; reload the page if this goes on.',
  );
});

test('a click the cover guard refuses is told in the card; the next one that counts saves, and clears it', async () => {
  // Chromium's IntersectionObserver v2, reporting the frame in full view since `visibleSince`.
  let visibleSince: number | null = null;
  class Observer {
    observe() {}
    disconnect() {}
    takeRecords() {
      return visibleSince === null ? [] : [{ isVisible: true, time: visibleSince }];
    }
  }
  vi.stubGlobal('IntersectionObserver', Observer);
  vi.stubGlobal(
    'IntersectionObserverEntry',
    class {
      get isVisible() {
        return true;
      }
    },
  );
  try {
    const port = fakePort();
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue({ id: 7 } as Browser.tabs.Tab);
    vi.spyOn(fakeBrowser.tabs, 'connect').mockReturnValue(port as unknown as Browser.runtime.Port);
    await runCardFrame(root);
    port.deliver({ type: 'show', card: VIEW });
    const pointerClick = () =>
      fireEvent.click(screen.getByRole('radio', { name: 'False' }), {
        detail: 1,
        timeStamp: performance.now(),
      });

    pointerClick();
    await settle();
    expect(screen.getByRole('alert').textContent).toMatch(/^Click not taken: something on the page/);
    expect(port.posted).toEqual([]);

    // In full view since well before, and shown a second ago: only a move can refuse now.
    const start = performance.now();
    visibleSince = start - 2_000;
    const now = vi.spyOn(performance, 'now').mockReturnValue(start + 1_000);
    port.deliver({ type: 'moved' });
    pointerClick();
    await settle();
    // Moved just now: the reader gets the full delay to see where the card is; said again.
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(port.posted).toEqual([]);

    now.mockReturnValue(start + 2_000);
    pointerClick();
    await settle();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(port.posted).toContainEqual(
      expect.objectContaining({ type: 'call', action: expect.objectContaining({ kind: 'save' }) }),
    );
    expect((screen.getByRole('radio', { name: 'False' }) as HTMLInputElement).checked).toBe(true);
  } finally {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  }
});
