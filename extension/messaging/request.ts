/**
 * Typed senders for the protocol. They unwrap a `Result` and throw `RequestFailed`, whose
 * message is readable by the user, when the other side refused or could not be reached.
 */
import { browser } from 'wxt/browser';
import type {
  BackgroundRequest,
  BackgroundResponses,
  ContentRequest,
  ContentResponses,
  ErrorCode,
  FactmarkEvent,
  OffscreenRequest,
  OffscreenResponses,
  Result,
} from '../../core/messaging/protocol';

export class RequestFailed extends Error {
  override name = 'RequestFailed';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function unwrap<T>(reply: unknown, what: string): T {
  const result = reply as Result<T> | undefined;
  if (!result || typeof result !== 'object' || !('ok' in result)) {
    throw new RequestFailed('unavailable', `${what}: no answer from Factmark`);
  }
  if (!result.ok) throw new RequestFailed(result.error.code, result.error.message);
  return result.value;
}

/** Sends a request to the background (waking it if it was asleep) and returns its answer. */
export async function requestBackground<T extends BackgroundRequest>(
  request: T,
): Promise<BackgroundResponses[T['type']]> {
  return unwrap(await browser.runtime.sendMessage(request), request.type);
}

/**
 * Sends a request to Chrome's offscreen document (from the background, which created it); a
 * document that is gone is `unavailable`.
 */
export async function requestOffscreen<T extends OffscreenRequest>(
  request: T,
): Promise<OffscreenResponses[T['type']]> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(request);
  } catch (error) {
    throw new RequestFailed('unavailable', `Factmark's page reader is not running (${String(error)})`);
  }
  return unwrap(reply, request.type);
}

/** Sends a request to the content script of one tab. */
export async function requestTab<T extends ContentRequest>(
  tabId: number,
  request: T,
): Promise<ContentResponses[T['type']]> {
  let reply: unknown;
  try {
    reply = await browser.tabs.sendMessage(tabId, request);
  } catch (error) {
    throw new RequestFailed('unavailable', `Factmark is not running on this page (${String(error)})`);
  }
  return unwrap(reply, request.type);
}

/**
 * Tells every extension context about an event. Nobody may be listening (no page open), which
 * is not an error: the rejection "Receiving end does not exist" is expected and dropped here.
 */
export async function broadcast(event: FactmarkEvent): Promise<void> {
  await browser.runtime.sendMessage(event).catch(() => undefined);
}
