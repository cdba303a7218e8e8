/**
 * Turns a typed handler into a `runtime.onMessage` listener: checks the sender, validates the
 * message against the protocol schema, and answers with a `Result`. A handler's thrown error
 * becomes a readable `{ ok: false, error }` reply, and is logged where it happened.
 */
import type * as v from 'valibot';
import type { Browser } from 'wxt/browser';
import { parseMessage, type ProtocolError, type Result } from '../../core/messaging/protocol';
import { isOwnSender } from './sender';

export type Listener = (
  message: unknown,
  sender: Browser.runtime.MessageSender,
) => Promise<Result<unknown>> | undefined;

/**
 * @param accepts says which message types this context answers; others are left to other
 *   listeners (returning `undefined` lets another context reply).
 * @param allowed says who may send them; by default any of this extension's own contexts.
 */
export function serveRequests<TSchema extends v.GenericSchema>(
  schema: TSchema,
  accepts: (type: string) => boolean,
  handle: (request: v.InferOutput<TSchema>, sender: Browser.runtime.MessageSender) => Promise<unknown>,
  toError: (error: unknown) => ProtocolError,
  allowed: (sender: Browser.runtime.MessageSender) => boolean = isOwnSender,
): Listener {
  return (message, sender) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !accepts(type)) return undefined;
    if (!allowed(sender)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'forbidden-sender', message: 'Message refused: it did not come from Factmark' },
      });
    }
    const start = performance.now();
    const parsed = parseMessage(schema, message);
    if (!parsed.ok) return Promise.resolve(parsed);
    return handle(parsed.value, sender).then(
      (value): Result<unknown> => {
        served(type, start);
        return { ok: true, value };
      },
      (error: unknown): Result<unknown> => {
        console.error(`Factmark: ${type} failed`, error);
        return { ok: false, error: toError(error) };
      },
    );
  };
}

/** The extension's own pages and workers, not a content script (which runs on the page's origin). */
const isExtensionOrigin = () =>
  typeof location !== 'undefined' &&
  (location.protocol === 'chrome-extension:' || location.protocol === 'moz-extension:');

/**
 * Leaves the time this context took to answer the last `type` request (validation to reply, the
 * messaging itself left out) as a User Timing measure `factmark:<type>`: DevTools' performance
 * panel shows it, and bench:memory reads it from the service worker. One entry per type is kept.
 */
function served(type: string, start: number): void {
  // Not in a content script: the page shares its timeline, and would learn when the reader opens
  // the popup or the side panel on it.
  if (!isExtensionOrigin()) return;
  const name = `factmark:${type}`;
  performance.clearMeasures(name);
  performance.measure(name, { start, end: performance.now() });
}
