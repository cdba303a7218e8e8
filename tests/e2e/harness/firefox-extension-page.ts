/**
 * Works around two Firefox ESR 153 WebDriver BiDi gaps for moz-extension:// pages, seen here:
 * puppeteer never receives their navigation events (so `page.goto` times out although the page
 * loads), and their console messages and uncaught errors are not reported.
 */
import type { Page } from 'puppeteer-core';

const LOAD_TIMEOUT_MS = 10_000;
const POLL_MS = 50;

/**
 * Polls until the page shows `url`, fully loaded. Each poll is its own evaluation: one that
 * lands while the old document is being torn down fails with a protocol error ("right-hand side
 * of 'in' should be an object"), seen here now and then, and the next poll sees the new one.
 */
async function whenLoaded(page: Page, url: string): Promise<void> {
  const deadline = Date.now() + LOAD_TIMEOUT_MS;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    try {
      const done = await page.evaluate(
        (target: string) => location.href === target && document.readyState === 'complete',
        url,
      );
      if (done) return;
    } catch (error) {
      lastError = error;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`${url} did not load within ${LOAD_TIMEOUT_MS} ms (last error: ${String(lastError)})`);
}

/** Navigates to an extension page and resolves once its document has loaded. */
export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  const controller = new AbortController();
  const navigation = page.goto(url, { signal: controller.signal });
  const loaded = whenLoaded(page, url);
  // The navigation promise settles only on failure (e.g. a refused URL): race it to surface that.
  await Promise.race([navigation, loaded]);
  controller.abort();
  await navigation.catch((error: unknown) => {
    if (!controller.signal.aborted || !(error instanceof Error && error.name === 'AbortError')) throw error;
  });
}

/** Records later console errors and uncaught errors in the page itself, for `collectPageErrors`. */
export async function hookPageErrors(page: Page): Promise<void> {
  await page.evaluate(() => {
    const errors: string[] = [];
    Object.assign(globalThis, { __factmarkErrors: errors });
    const original = console.error.bind(console);
    console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      original(...args);
    };
    addEventListener('error', (event) => errors.push(`Uncaught ${String(event.error ?? event.message)}`));
    addEventListener('unhandledrejection', (event) =>
      errors.push(`Unhandled rejection ${String(event.reason)}`),
    );
  });
}

/** Errors recorded by `hookPageErrors`, or none if the page was not hooked. */
export function collectPageErrors(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as { __factmarkErrors?: string[] }).__factmarkErrors ?? []);
}
