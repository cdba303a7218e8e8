/**
 * Waits for the card frame's connection (card-protocol.ts): from this extension's card page
 * (Chrome), or from this extension's background relaying it (Firefox: background/card-relay.ts).
 * It is taken only while a card waits for its frame, and only with that card's secret; any other
 * is disconnected.
 */
import { browser, type Browser } from 'wxt/browser';
import { cardPortName, isCardPageUrl, isCardPortName } from '../messaging/card-protocol';

/**
 * How long a card waits for its frame to load and connect. Loads take 0.1–0.5 s here; a frame
 * that never connects (its page refused, the extension reloading) must not hold the next card.
 */
const CONNECT_TIMEOUT_MS = 10_000;

type Port = Browser.runtime.Port;

function fromCardFrame({ sender }: Port): boolean {
  if (sender?.id !== browser.runtime.id) return false;
  // No tab: one of the extension's own contexts (the background), not a content script.
  return isCardPageUrl(sender.url) || (sender.tab === undefined && sender.url !== undefined);
}

/** The frame's port on its way; `cancel` stops waiting (the card closed before it loaded). */
export interface CardFrameConnection {
  port: Promise<Port>;
  cancel(): void;
}

/**
 * Listens before the frame is made, for the port named with this card's `secret`
 * (card-protocol.ts); the port, or a rejection after the timeout or a cancel.
 */
export function cardFrameConnection(secret: string): CardFrameConnection {
  let cancel = () => {};
  const port = new Promise<Port>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      browser.runtime.onConnect.removeListener(onConnect);
    };
    const onConnect = (port: Port) => {
      if (!isCardPortName(port.name)) return;
      if (port.name !== cardPortName(secret) || !fromCardFrame(port)) {
        port.disconnect();
        return;
      }
      done();
      resolve(port);
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error('The card did not load'));
    }, CONNECT_TIMEOUT_MS);
    cancel = () => {
      done();
      reject(new Error('The card closed before it loaded'));
    };
    browser.runtime.onConnect.addListener(onConnect);
  });
  return { port, cancel };
}
