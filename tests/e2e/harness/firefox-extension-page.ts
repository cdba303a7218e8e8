/**
 * Works around two Firefox ESR 153 WebDriver BiDi gaps for moz-extension:// pages, seen here:
 * puppeteer never receives their navigation events (so `page.goto` times out although the page
 * loads), and their console messages and uncaught errors are not reported.
 */
import type { Page } from 'puppeteer-core';

const LOAD_TIMEOUT_MS = 10_000;

/** Navigates to an extension page and resolves once its document has loaded. */
export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  const controller = new AbortController();
  const navigation = page.goto(url, { signal: controller.signal });
  const loaded = page.waitForFunction(
    (target: string) => location.href === target && document.readyState === 'complete',
    { timeout: LOAD_TIMEOUT_MS },
    url,
  );
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
