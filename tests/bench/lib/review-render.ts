/**
 * A first render of the review page, as the review benchmarks time it: the page opened in a new
 * tab (as the popup and the side panel open it) until its first rows are in the DOM (the
 * `factmark:review-rows` mark), with where the time went.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Where a first render's time went, in ms since navigation start. */
export interface RenderSteps {
  /** The page's HTML parsed (the navigation itself). */
  domInteractive: number;
  /** The page's scripts loaded and run. */
  scriptsDone: number;
  /** The first list query: when it started and how long it took (database opening included). */
  queryStart: number;
  query: number;
  /** The first rows in the DOM. */
  rows: number;
  /**
   * The first row's text painted (Element Timing's `renderTime`), NaN unless the context has
   * ROWS_PAINTED_PROBE: rows in the DOM are not yet rows the reader sees.
   */
  painted: number;
}

/** The identifier the probe gives the first row's text (the floor page gives its own the same). */
const FIRST_ROW = 'factmark-first-row';

/**
 * An init script for the context: marks the review page's first claim text with `elementtiming`
 * as soon as it is in the DOM (a mutation observer's callback runs before the next paint), and
 * keeps when the browser paints it. The attribute is the benchmark's, never the product's.
 */
export const ROWS_PAINTED_PROBE = `
  globalThis.__rowsPainted = Number.NaN;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.identifier === '${FIRST_ROW}' && Number.isNaN(globalThis.__rowsPainted)) {
        globalThis.__rowsPainted = entry.renderTime;
      }
    }
  }).observe({ type: 'element', buffered: true });
  const marker = new MutationObserver(() => {
    const text = document.querySelector('.fm-review-claim');
    if (!text) return;
    text.setAttribute('elementtiming', '${FIRST_ROW}');
    marker.disconnect();
  });
  marker.observe(document, { childList: true, subtree: true });
`;

/** How often a first render is checked for its rows; also the least time given to it. */
const POLL_MS = 300;

/**
 * Opens the review page in a new tab, as the popup and the side panel do, and reads where its
 * first render's time went. Nothing runs in the page until well after its rows are in: a
 * Playwright selector wait injects a script whose evaluation (10–15 ms here) would otherwise land
 * inside the span being timed.
 */
export async function firstRender(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; steps: RenderSteps }> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  for (let waited = 0; waited < 60_000; waited += POLL_MS) {
    await page.waitForTimeout(POLL_MS);
    const steps = await readRenderSteps(page);
    if (!Number.isNaN(steps.rows) && (!steps.probed || !Number.isNaN(steps.painted))) {
      return { page, steps };
    }
  }
  throw new Error('the review page never showed its rows');
}

function readRenderSteps(page: Page): Promise<RenderSteps & { probed: boolean }> {
  return page.evaluate(() => {
    const painted = (globalThis as { __rowsPainted?: number }).__rowsPainted;
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const query = performance.getEntriesByName('factmark:review-query')[0];
    return {
      domInteractive: navigation.domInteractive,
      scriptsDone: navigation.domContentLoadedEventStart,
      queryStart: query?.startTime ?? Number.NaN,
      query: query?.duration ?? Number.NaN,
      rows: performance.getEntriesByName('factmark:review-rows')[0]?.startTime ?? Number.NaN,
      painted: painted ?? Number.NaN,
      probed: painted !== undefined,
    };
  });
}
