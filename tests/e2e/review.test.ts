/**
 * The review page on fact-checks made through the real in-page card on two articles (served
 * from two host names, so two sites): found by search and by filters (controls and URL), edited
 * in place, deleted and restored, and opened back in their page on the claim. The French one is
 * `pages/demo-fr-local.html`: the demo article without its canonical link, so the URL it is filed
 * under (and that "Open in page" opens) is the fixture server's.
 */
import { describe, expect, test } from 'vitest';
import { BROWSERS } from './harness/browsers';
import { actInCard, openCardOn, waitForSaved } from './harness/card';
import { highlightTexts, waitForClaimHighlights, waitForHighlight } from './harness/page-helpers';
import { useExtensionBrowser } from './harness/setup';
import type { ExtensionBrowser, PageHandle } from './harness/types';

const FR_CLAIM =
  'En avril 2025, la justice russe a retiré les talibans de sa liste des organisations terroristes.';
const ROW = '[data-testid="review-row"]';

/** Opens the article, fact-checks `claim` (or the first highlighted claim) and returns its text. */
async function factCheck(
  browser: ExtensionBrowser,
  url: string,
  verdict: string,
  note: string,
  claim?: string,
): Promise<string> {
  const page = await browser.newPage(url);
  try {
    await waitForClaimHighlights(page);
    const text = claim ?? (await highlightTexts(page))[0];
    if (!text) throw new Error(`No claim highlighted on ${url}`);
    await openCardOn(page, text);
    await actInCard(page, [
      { kind: 'click', selector: `input[value="${verdict}"]` },
      { kind: 'input', selector: 'textarea', value: note },
    ]);
    await waitForSaved(page);
    return text;
  } finally {
    await page.close();
  }
}

function rowCount(page: PageHandle): Promise<number> {
  return page.evaluate((selector) => document.querySelectorAll(selector).length, ROW);
}

/** Waits until the list shows the view `query` (its URL query string) with `count` rows. */
async function waitForList(page: PageHandle, query: string, count: number): Promise<void> {
  await page.waitForFunction(
    ({ want, rows, selector }) =>
      document.querySelector('[data-testid="review-list"]')?.getAttribute('data-view') === want &&
      document.querySelectorAll(selector).length === rows,
    { want: query, rows: count, selector: ROW },
  );
}

function rowTexts(page: PageHandle): Promise<string[]> {
  return page.evaluate(
    (selector) => [...document.querySelectorAll(selector)].map((row) => row.textContent ?? ''),
    ROW,
  );
}

async function choose(page: PageHandle, selector: string, value: string): Promise<void> {
  // Preact sets an option's value as a property, so no `[value=…]` selector finds it.
  await page.waitForFunction(
    ({ sel, val }) =>
      [...(document.querySelector<HTMLSelectElement>(sel)?.options ?? [])].some((o) => o.value === val),
    { sel: selector, val: value },
  );
  await page.evaluate(
    ({ sel, val }) => {
      const select = document.querySelector<HTMLSelectElement>(sel);
      if (!select) throw new Error(`No ${sel}`);
      select.value = val;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { sel: selector, val: value },
  );
}

describe.each(BROWSERS)('the review page in %s', (name) => {
  const e2e = useExtensionBrowser(name);

  test('find by search and filters, edit in place, delete and undo, open in page', async () => {
    const frUrl = e2e.server().url('pages/demo-fr-local.html');
    const enUrl = e2e.server().url('articles/wire-en.html').replace('127.0.0.1', 'localhost');
    await factCheck(e2e.browser(), frUrl, 'false', 'Décision de la Cour suprême.', FR_CLAIM);
    const enClaim = await factCheck(e2e.browser(), enUrl, 'mostly-true', 'Waterways authority figures.');

    const review = await e2e.browser().openExtensionPage('review.html');
    try {
      await waitForList(review, '', 2);
      await review.waitForSelector('[data-testid="chart-verdicts"] a');

      // Accent- and case-insensitive search with light stemming: the French title says "reconnaît".
      await review.fill('[data-testid="review-search"]', 'RECONNAITRE');
      await waitForList(review, 'q=RECONNAITRE', 1);
      expect((await rowTexts(review))[0]).toContain(FR_CLAIM);
      expect(await review.url()).toMatch(/\?q=RECONNAITRE$/);
      await review.fill('[data-testid="review-search"]', 'waterways');
      await waitForList(review, 'q=waterways', 1);
      expect((await rowTexts(review))[0]).toContain(enClaim);
      await review.click('[data-testid="review-clear"]');
      await waitForList(review, '', 2);

      // Filters through the controls.
      await review.click('[data-testid="filter-verdict-false"]');
      await waitForList(review, 'verdict=false', 1);
      expect((await rowTexts(review))[0]).toContain(FR_CLAIM);
      // The filtered view's charts, computed in the page's summary worker: one fact-check, false.
      await review.waitForSelector('[data-testid="review-summary"][data-current="true"]');
      expect(
        await review.evaluate(() =>
          [...document.querySelectorAll('[data-testid="chart-verdicts"] a')].map((bar) => bar.textContent),
        ),
      ).toEqual([expect.stringMatching(/1/)]);
      await review.click('[data-testid="review-clear"]');
      await choose(review, '[data-testid="filter-site"]', 'localhost');
      await waitForList(review, 'site=localhost', 1);
      expect((await rowTexts(review))[0]).toContain(enClaim);
      await review.click('[data-testid="review-clear"]');
      await waitForList(review, '', 2);

      // Edit in place: verdict and note, kept after a reload.
      const enRow = `${ROW}[data-verdict="mostly-true"]`;
      await review.click(`${enRow} [data-testid="review-edit"]`);
      await review.waitForSelector('[data-testid="review-editor"]');
      await review.click('[data-testid="review-editor"] input[value="true"]');
      await review.fill('[data-testid="review-editor"] textarea', 'Checked against the gauge data.');
      await review.click('[data-testid="review-save"]');
      await review.waitForSelector(`${ROW}[data-verdict="true"]`);
      expect(await rowCount(review)).toBe(2);

      // Filters from the URL, as a bookmark opens them.
      const bookmarked = await e2e.browser().openExtensionPage('review.html?verdict=true&site=localhost');
      try {
        await waitForList(bookmarked, 'verdict=true&site=localhost', 1);
        const [row] = await rowTexts(bookmarked);
        expect(row).toContain(enClaim);
        expect(row).toContain('Checked against the gauge data.');
      } finally {
        await bookmarked.close();
      }

      // Delete, then undo.
      await review.click(`${ROW}[data-verdict="false"] [data-testid="review-delete"]`);
      await waitForList(review, '', 1);
      await review.click('[data-testid="review-undo"]');
      await waitForList(review, '', 2);
      expect((await rowTexts(review)).join('\n')).toContain(FR_CLAIM);

      // Open in page: a new tab on the article with the claim selected.
      await review.click(`${ROW}[data-verdict="false"] [data-testid="review-open"]`);
      const article = await e2e.browser().waitForPage('demo-fr-local.html');
      try {
        await waitForHighlight(article, 'selected', FR_CLAIM, 20_000);
      } finally {
        await article.close();
      }
      expect(await review.consoleErrors()).toEqual([]);
    } finally {
      await review.close();
    }
  });
});
