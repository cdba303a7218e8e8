import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { cardFrameConnection } from '../../../../extension/content/card-frame-port';
import { cardPortName } from '../../../../extension/messaging/card-protocol';

/** The content script's onConnect listeners (the fake browser does not dispatch connections). */
let listeners: ((port: Browser.runtime.Port) => void)[] = [];
beforeEach(() => {
  fakeBrowser.reset();
  listeners = [];
  vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((listener) => {
    listeners.push(listener);
  });
  vi.spyOn(fakeBrowser.runtime.onConnect, 'removeListener').mockImplementation((listener) => {
    listeners = listeners.filter((other) => other !== listener);
  });
});

/** The browser handing the content script a port. */
const connect = (port: Browser.runtime.Port) => {
  for (const listener of [...listeners]) listener(port);
};

const CARD_URL = `chrome-extension://${fakeBrowser.runtime.id}/card.html`;

/** A port as the browser hands it to the content script, from the card page of this tab. */
function port(name: string, url = CARD_URL) {
  return {
    name,
    sender: { id: fakeBrowser.runtime.id, url, tab: { id: 1 } as Browser.tabs.Tab },
    disconnect: vi.fn(),
  } as unknown as Browser.runtime.Port & { disconnect: ReturnType<typeof vi.fn> };
}

describe("the card frame's port", () => {
  test("is taken only with this card's secret; a card page without it is cut off", async () => {
    const connection = cardFrameConnection('s3cret');
    // The card page framed by the page itself, with a secret it made up or none.
    const forged = [port(cardPortName('guess')), port(cardPortName(''))];
    for (const attempt of forged) connect(attempt);
    const own = port(cardPortName('s3cret'), `${CARD_URL}#s3cret`);
    connect(own);
    await expect(connection.port).resolves.toBe(own);
    for (const attempt of forged) expect(attempt.disconnect).toHaveBeenCalled();
    expect(own.disconnect).not.toHaveBeenCalled();
  });

  test("the right secret from another extension's page or a content script is cut off", async () => {
    const connection = cardFrameConnection('s3cret');
    const name = cardPortName('s3cret');
    const others = [
      { ...port(name), sender: { id: 'another-extension', url: CARD_URL, tab: { id: 1 } } },
      port(name, 'https://news.example/a'),
    ] as (Browser.runtime.Port & { disconnect: ReturnType<typeof vi.fn> })[];
    for (const attempt of others) connect(attempt);
    for (const attempt of others) expect(attempt.disconnect).toHaveBeenCalled();
    connection.cancel();
    await expect(connection.port).rejects.toThrow('closed before it loaded');
  });

  test('leaves ports that are not cards to their own listeners', async () => {
    const connection = cardFrameConnection('s3cret');
    const other = port('factmark-something-else');
    connect(other);
    expect(other.disconnect).not.toHaveBeenCalled();
    connection.cancel();
    await expect(connection.port).rejects.toThrow();
  });
});
