/**
 * Firefox gives an extension page shown in a web page's frame only the content scripts' APIs: no
 * `tabs`, so the card's frame cannot reach its tab's content script itself (Chrome's can, with
 * `tabs.connect`). There the frame connects to the background, which opens the port to the top
 * frame of the frame's own tab (`sender.tab`, set by the browser) and passes messages both ways
 * unread; either side going away closes the other. Firefox's background page stays loaded, so
 * the relay lasts as long as the card.
 */
import { browser, type Browser } from 'wxt/browser';
import { isCardPageUrl, isCardPortName } from '../messaging/card-protocol';

type Port = Browser.runtime.Port;

function tabOfCardFrame({ sender }: Port): number | undefined {
  return sender?.id === browser.runtime.id && isCardPageUrl(sender.url) ? sender.tab?.id : undefined;
}

export function relayCardFrames(): void {
  browser.runtime.onConnect.addListener((frame: Port) => {
    if (!isCardPortName(frame.name)) return;
    const tabId = tabOfCardFrame(frame);
    if (tabId === undefined) {
      frame.disconnect();
      return;
    }
    // The frame's port name (its card's secret) is passed on unread: the content script checks it.
    const host = browser.tabs.connect(tabId, { name: frame.name, frameId: 0 });
    frame.onMessage.addListener((message: unknown) => host.postMessage(message));
    host.onMessage.addListener((message: unknown) => frame.postMessage(message));
    frame.onDisconnect.addListener(() => host.disconnect());
    host.onDisconnect.addListener(() => frame.disconnect());
  });
}
