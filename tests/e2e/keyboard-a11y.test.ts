/**
 * Keyboard and screen readers (issue #14): Alt+Shift+N / Alt+Shift+P move through the page's
 * claims and open each in the card, focused, while a live region inside Factmark's closed root
 * says what the claim is; Escape puts the caret back at the claim. axe-core finds no violation in
 * the card, the popup, the side panel or the review page, whose `<html lang>` follows the UI
 * language (the browsers here run in English).
 */
import { describe, expect, test } from 'vitest';
import { type AxeViolation, axeViolations, axeViolationsInCard } from './harness/axe';
import { BROWSERS } from './harness/browsers';
import { inCard, textInCard, waitForCard, waitForCardClosed } from './harness/card';
import { openSidePanelFor, waitForClaimHighlights } from './harness/page-helpers';
import { useExtensionBrowser } from './harness/setup';
import type { PageHandle } from './harness/types';

const TITLE = 'La Russie reconnaît officiellement le régime des talibans';

function liveText(page: PageHandle): Promise<string | null> {
  return page.inClosedRoot(
    'factmark-live',
    (root) => root.querySelector('[role="status"] [data-fm-text]')?.getAttribute('data-fm-text') ?? '',
  );
}

async function waitForLive(page: PageHandle, pattern: RegExp): Promise<string> {
  const deadline = Date.now() + 5_000;
  let seen = '';
  while (Date.now() < deadline) {
    seen = (await liveText(page)) ?? '';
    if (pattern.test(seen)) return seen;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`live region says "${seen}", expected ${pattern}`);
}

const describeViolations = (violations: AxeViolation[] | null) =>
  (violations ?? []).map((violation) => `${violation.id}: ${violation.help} ${violation.nodes.join(' | ')}`);

describe.each(BROWSERS)('keyboard and accessibility in %s', (name) => {
  const e2e = useExtensionBrowser(name);

  test('Alt+Shift+N and Alt+Shift+P open claim after claim, announced; Escape returns to the claim', async () => {
    const page = await e2e.browser().newPage(e2e.server().url('articles/demo-fr.html'));
    await waitForClaimHighlights(page);
    await page.bringToFront();
    await page.press('Alt+Shift+N');
    await waitForCard(page);
    expect(await waitForLive(page, /^Affirmation 1 sur \d+ : à vérifier, score \d+ sur 100\.$/)).toBeTruthy();
    const first = await textInCard(page, 'blockquote');
    // The title's claim comes first: the demo's headline, which its article text does not hold.
    expect(first).toBe('La Russie reconnaît officiellement le régime des talibans');

    // From inside the card, the same keys move on.
    await page.press('Alt+Shift+N');
    await waitForLive(page, /^Affirmation 2 sur/);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    await waitForCard(page);
    const second = await textInCard(page, 'blockquote');
    expect(second).not.toBe(first);
    const focusedInCard = await inCard(page, (root) => root.hasFocus() && root.activeElement !== root.body);
    expect(focusedInCard).toBe(true);

    const violations = await axeViolationsInCard(page);
    expect(describeViolations(violations)).toEqual([]);

    await page.press('Alt+Shift+P');
    await waitForLive(page, /^Affirmation 1 sur/);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(await textInCard(page, 'blockquote')).toBe(first);

    await page.press('Escape');
    await waitForCardClosed(page);
    const caret = await page.evaluate(() => {
      const selection = document.getSelection();
      return selection?.anchorNode?.textContent ?? '';
    });
    expect(caret.replace(/\s+/g, ' ')).toContain((first ?? '').replace(/\s+/g, ' ').slice(0, 30));
    await page.close();
  });

  test('Escape closes the card with focus on its frame, not on a control (as before the card focuses one)', async () => {
    const page = await e2e.browser().newPage(e2e.server().url('articles/demo-fr.html'));
    try {
      await waitForClaimHighlights(page);
      await page.bringToFront();
      await page.press('Alt+Shift+N');
      await waitForCard(page);
      const onFrameDocument = await inCard(page, (root) => {
        (root.activeElement as HTMLElement | null)?.blur();
        return root.hasFocus() && root.activeElement === root.body;
      });
      expect(onFrameDocument).toBe(true);
      await page.press('Escape');
      await waitForCardClosed(page);
    } finally {
      await page.close();
    }
  });

  test('axe-core finds no violation in the popup, the side panel and the review page; lang follows the UI', async () => {
    const page = await e2e.browser().newPage(e2e.server().url('articles/demo-fr.html'));
    await waitForClaimHighlights(page);
    const panel = await openSidePanelFor(e2e.browser(), TITLE);
    await panel.waitForSelector('[data-testid="claim-list"], [data-testid="annotation-list"]');
    const popup = await e2e.browser().openExtensionPage('popup.html');
    await popup.waitForSelector('[data-testid="popup-root"]');
    const review = await e2e.browser().openExtensionPage('review.html');
    await review.waitForSelector('main, [data-testid="review-page"]');
    await review.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    for (const [label, view] of [
      ['side panel', panel],
      ['popup', popup],
      ['review page', review],
    ] as const) {
      expect(await view.evaluate(() => document.documentElement.lang), label).toMatch(/^(en|fr)$/);
      expect(describeViolations(await axeViolations(view)), label).toEqual([]);
    }
    for (const view of [panel, popup, review, page]) await view.close();
  });
});
