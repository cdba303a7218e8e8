/**
 * A write made elsewhere (here the review page) reaches the article's open page, which redraws
 * its marks, also after the tab was sent to a link answered with no content (204), as a download
 * is: the page stays. In Firefox the background cannot name a page's document, so it forgets a
 * tab's page when a load starts and asks the tab to rejoin when it ends
 * (extension/messaging/tab-sites.ts); this checks that a page the tab kept still hears of writes.
 * (Firefox 153 passed this before that change too: the unit tests in
 * tests/unit/extension/messaging/notify.test.ts replay the order of events it guards against.)
 * And a card left open while the fact-check is changed elsewhere saves only what the reader
 * changed in it (core/model/changed-fields.ts): before session 21 it put back the note it showed.
 */
import { describe, expect, test } from 'vitest';
import { BROWSERS } from './harness/browsers';
import { actInCard, openCardOn, waitForSaved } from './harness/card';
import { highlightTexts, waitForClaimHighlights, waitForHighlight } from './harness/page-helpers';
import { useExtensionBrowser } from './harness/setup';
import type { PageHandle } from './harness/types';

const ROW = '[data-testid="review-row"]';

/** Opens the card on the article's first highlighted claim; answers the claim's text. */
async function cardOnFirstClaim(page: PageHandle): Promise<string> {
  await waitForClaimHighlights(page);
  const [claim] = await highlightTexts(page);
  if (!claim) throw new Error('No claim highlighted');
  await openCardOn(page, claim);
  return claim;
}

describe.each(BROWSERS)('writes reaching an open page in %s', (name) => {
  const e2e = useExtensionBrowser(name);

  test('a verdict changed on the review page is drawn on the page, after a load that kept it', async () => {
    const page = await e2e.browser().newPage(e2e.server().url('articles/wire-en.html'));
    try {
      const claim = await cardOnFirstClaim(page);
      await actInCard(page, [{ kind: 'click', selector: 'input[value="false"]' }]);
      await waitForSaved(page);
      await waitForHighlight(page, 'verdict:false', claim);
      const address = await page.url();

      // The fixture server answers /favicon.ico with 204 No Content: the tab loads, the page stays.
      await page.evaluate(() => location.assign('/favicon.ico'));
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(await page.url()).toBe(address);

      const review = await e2e.browser().openExtensionPage('review.html');
      await review.waitForSelector(`${ROW}[data-verdict="false"] [data-testid="review-edit"]`);
      await review.click(`${ROW}[data-verdict="false"] [data-testid="review-edit"]`);
      await review.waitForSelector('[data-testid="review-editor"]');
      await review.click('[data-testid="review-editor"] input[value="true"]');
      await review.click('[data-testid="review-save"]');
      await review.waitForSelector(`${ROW}[data-verdict="true"]`);
      await review.close();

      await waitForHighlight(page, 'verdict:true', claim, 10_000);
    } finally {
      await page.close();
    }
  });
});

// A browser of its own, so the review page lists this test's fact-check alone.
describe.each(BROWSERS)('a card left open in %s', (name) => {
  const e2e = useExtensionBrowser(name);

  test('saves only what the reader changed in it: a note written elsewhere meanwhile stays', async () => {
    const page = await e2e.browser().newPage(e2e.server().url('articles/wire-en.html'));
    try {
      await cardOnFirstClaim(page);
      await actInCard(page, [
        { kind: 'click', selector: 'input[value="false"]' },
        { kind: 'input', selector: 'textarea', value: 'Noted in the card.' },
      ]);
      await waitForSaved(page);

      // While the card is open, the note is rewritten on the review page.
      const review = await e2e.browser().openExtensionPage('review.html');
      await review.click(`${ROW}[data-verdict="false"] [data-testid="review-edit"]`);
      await review.waitForSelector('[data-testid="review-editor"]');
      await review.fill('[data-testid="review-editor"] textarea', 'Rewritten on the review page.');
      await review.click('[data-testid="review-save"]');
      await review.waitForFunction(
        (row) => document.querySelector(row)?.textContent?.includes('Rewritten on the review page.') === true,
        ROW,
      );
      await review.close();

      // Back in the card, the reader changes the verdict only.
      await actInCard(page, [{ kind: 'click', selector: 'input[value="true"]' }]);
      const after = await e2e.browser().openExtensionPage('review.html');
      try {
        await after.waitForSelector(`${ROW}[data-verdict="true"]`);
        const row = await after.evaluate(
          (selector) => document.querySelector(selector)?.textContent ?? '',
          ROW,
        );
        expect(row).toContain('Rewritten on the review page.');
        expect(row).not.toContain('Noted in the card.');
      } finally {
        await after.close();
      }
    } finally {
      await page.close();
    }
  });
});
