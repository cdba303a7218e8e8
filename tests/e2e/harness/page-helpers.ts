/**
 * Page-side helpers shared by scenarios: each wraps one `evaluate` so tests read as intent
 * ("send ping", "list databases") and the in-page code lives in one place.
 */
import type { PageHandle } from './types';

/** Name of the CSS Custom Highlight the content script registers for check-worthy claims. */
export const CLAIM_HIGHLIGHT = 'factmark-claim';

/**
 * Sends a runtime message from an extension page and returns the reply, as the popup would.
 * Uses `browser` (Firefox, promise-based) or `chrome` (Chromium MV3, promise-based too).
 */
export function sendRuntimeMessage(page: PageHandle, message: unknown): Promise<unknown> {
  return page.evaluate((msg) => {
    type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    const scope = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
    const api = scope.browser ?? scope.chrome;
    if (!api) throw new Error('No extension API on this page: is it an extension page?');
    return api.runtime.sendMessage(msg);
  }, message);
}

/** Names of the IndexedDB databases of the page's own origin. */
export function databaseNames(page: PageHandle): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''));
}

/** Texts covered by a named CSS highlight, in registration order; empty if it is not registered. */
export function highlightTexts(page: PageHandle, name: string = CLAIM_HIGHLIGHT): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  }, name);
}

/** The trimmed text of the first element matching `selector`, or null when there is none. */
export function textOf(page: PageHandle, selector: string): Promise<string | null> {
  return page.evaluate((sel) => document.querySelector(sel)?.textContent?.trim() ?? null, selector);
}

/**
 * Waits for the page to finish loading, then a little longer so the content script (injected at
 * `document_idle`) has run its start-up. 500 ms is ample on a loaded 2-core machine and keeps
 * suites fast; scenarios that expect a visible effect should wait for that effect instead.
 */
export async function settleContentScript(page: PageHandle, extraMs = 500): Promise<void> {
  await page.waitForFunction(() => document.readyState === 'complete');
  await new Promise((resolve) => setTimeout(resolve, extraMs));
}
