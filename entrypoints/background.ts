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
import { notifyAnnotationsChanged } from '../extension/messaging/notify';
import { pageAnalyser } from '../extension/background/page-analyser';
import { serveRequests } from '../extension/messaging/serve';
import { getDb } from '../storage/db';
import { factmarkWriter } from '../storage/writer';

const BACKGROUND_TYPES = new Set<string>(
  BackgroundRequestSchema.options.map((option) => option.entries.type.literal),
);

export default defineBackground(() => {
  const db = getDb();
  const handlers = backgroundHandlers(db, factmarkWriter(db, notifyAnnotationsChanged), pageAnalyser());
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
  installMenus();
});
