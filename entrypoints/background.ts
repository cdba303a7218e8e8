import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BackgroundRequestSchema } from '../core/messaging/protocol';
import {
  backgroundHandlers,
  handleBackgroundRequest,
  toProtocolError,
} from '../extension/background/handle-request';
import { callerOf } from '../extension/background/caller';
import { installMenus } from '../extension/background/menus';
import { showChangeBadges } from '../extension/background/change-badge';
import { relayCardFrames } from '../extension/background/card-relay';
import { notifyAnnotationsChanged } from '../extension/messaging/notify';
import { forgetTabsThatLeave } from '../extension/messaging/tab-sites';
import { pageAnalyser, preparePageAnalyser } from '../extension/background/page-analyser';
import { serveRequests } from '../extension/messaging/serve';
import { getDb } from '../storage/db';
import { factmarkWriter } from '../storage/writer';
import { deskSync } from '../extension/background/sync/desk-sync';

const BACKGROUND_TYPES = new Set<string>(
  BackgroundRequestSchema.options.map((option) => option.entries.type.literal),
);

export default defineBackground(() => {
  const db = getDb();
  // Desk sync writes what it receives with a writer of its own; every other write asks it to sync.
  const desk = deskSync(db, factmarkWriter(db, notifyAnnotationsChanged));
  const writer = factmarkWriter(db, async (articleUrls) => {
    desk.soon();
    await notifyAnnotationsChanged(articleUrls);
  });
  const handlers = backgroundHandlers(db, writer, pageAnalyser(), desk);
  browser.runtime.onMessage.addListener(
    serveRequests(
      BackgroundRequestSchema,
      (type) => BACKGROUND_TYPES.has(type),
      (request, sender) => {
        const caller = callerOf(sender);
        if (!caller) throw new Error('unreachable: serveRequests checked the sender');
        return handleBackgroundRequest(db, handlers, request, caller);
      },
      toProtocolError,
      (sender) => callerOf(sender) !== null,
    ),
  );
  // Writes made on the extension's pages (review page) are announced as events: sync them too.
  browser.runtime.onMessage.addListener((message, sender) => {
    if (
      callerOf(sender)?.kind === 'extension-page' &&
      (message as { type?: unknown })?.type === 'annotationsChanged'
    ) {
      desk.soon();
    }
    return undefined;
  });
  installMenus();
  // Chrome names each page's document (tab-sites.ts); Firefox does not.
  forgetTabsThatLeave({ onLoading: import.meta.env.FIREFOX });
  showChangeBadges();
  if (import.meta.env.FIREFOX) relayCardFrames();
  // Ready before the first page asks: the analyser warm, the database open (a failure here is
  // met again, and told to the reader, by the first request that needs it).
  preparePageAnalyser();
  // Chrome starts an extension's service worker with the browser only if it listens to
  // runtime.onStartup; otherwise the first page after a restart wakes it, then waits for the
  // offscreen document and its warm-up. The start itself (the line above) is all the work.
  browser.runtime.onStartup.addListener(() => undefined);
  db.open().catch(() => undefined);
});
