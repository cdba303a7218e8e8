import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BackgroundRequestSchema } from '../core/messaging/protocol';
import {
  backgroundHandlers,
  handleBackgroundRequest,
  toProtocolError,
} from '../extension/background/handle-request';
import { installMenus } from '../extension/background/menus';
import { pageAnalyser } from '../extension/background/page-analyser';
import { serveRequests } from '../extension/messaging/serve';
import { getDb } from '../storage/db';

const BACKGROUND_TYPES = new Set<string>(
  BackgroundRequestSchema.options.map((option) => option.entries.type.literal),
);

export default defineBackground(() => {
  const handlers = backgroundHandlers(getDb(), pageAnalyser());
  browser.runtime.onMessage.addListener(
    serveRequests(
      BackgroundRequestSchema,
      (type) => BACKGROUND_TYPES.has(type),
      (request) => handleBackgroundRequest(handlers, request),
      toProtocolError,
    ),
  );
  installMenus();
});
