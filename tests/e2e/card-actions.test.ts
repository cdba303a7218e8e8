/**
 * The card's own actions on a stored fact-check (issue #14): its verdict can be cleared, it says
 * when it was checked, it opens the review page on that fact-check (through the background: a
 * page cannot open extension pages), and it deletes the fact-check after a confirmation whose
 * safe answer has focus. Every action is a real key press in the card's closed shadow root.
 */
import { describe, expect, test } from 'vitest';
import { type AxeViolation, axeViolationsInCard } from './harness/axe';
import { BROWSERS } from './harness/browsers';
import {
  actInCard,
  focusedControl,
  inCard,
  openCardOn,
  textInCard,
  waitForCardClosed,
  waitForSaved,
} from './harness/card';
import { highlightTexts, waitForClaimHighlights, waitForHighlight } from './harness/page-helpers';
import { pollFor } from './harness/poll';
import { useExtensionBrowser } from './harness/setup';
import type { PageHandle } from './harness/types';
import { DEMO_CLAIM as CLAIM } from './harness/demo-claim';

const describeViolations = (violations: AxeViolation[]) =>
  violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.join(' | ')})`);

/** axe-core's violations in the open card (it must be open). */
async function cardViolations(page: PageHandle): Promise<AxeViolation[]> {
  const violations = await axeViolationsInCard(page);
  if (!violations) throw new Error('no card to check');
  return violations;
}

/** Waits until the claim is (or is no longer) highlighted with `kind`. */
function waitForShown(page: PageHandle, kind: string, shown: boolean): Promise<true> {
  return pollFor(
    async () => ((await highlightTexts(page, kind)).includes(CLAIM) === shown ? true : undefined),
    10_000,
    `the claim ${shown ? 'to be' : 'to stop being'} highlighted as ${kind}`,
  );
}

describe.each(BROWSERS)('the card’s actions on a stored fact-check in %s', (name) => {
  const e2e = useExtensionBrowser(name);

  test('clear the verdict, see the date, open the review page on it, delete it after confirming', async () => {
    const page = await e2e.browser().newPage(e2e.server().url('articles/demo-fr.html'));
    await waitForClaimHighlights(page);
    await openCardOn(page, CLAIM);
    // Nothing stored yet: no date, no delete.
    expect(await textInCard(page, '[data-testid="card-dates"]')).toBeNull();
    await actInCard(page, [{ kind: 'click', selector: 'input[value="false"]' }]);
    await waitForSaved(page);
    await waitForHighlight(page, 'verdict:false');

    // The date, in the article's language.
    const today = new Intl.DateTimeFormat('fr', { dateStyle: 'medium' }).format(new Date());
    expect(await textInCard(page, '[data-testid="card-dates"]')).toBe(`Vérifié le ${today}`);

    // Clear the verdict: the fact-check stays, without a verdict.
    await actInCard(page, [{ kind: 'click', selector: '[data-testid="clear-verdict"]' }]);
    await waitForSaved(page);
    await waitForShown(page, 'verdict:false', false);
    expect(await inCard(page, (root) => root.querySelector('input[type="radio"]:checked'))).toBeNull();
    expect(await textInCard(page, '[data-testid="card-dates"]')).toBe(`Vérifié le ${today}`);
    expect(describeViolations(await cardViolations(page))).toEqual([]);

    // Open the review page on it: the background opens it, on this fact-check's row.
    await actInCard(page, [{ kind: 'click', selector: '[data-testid="open-review"]' }]);
    const review = await e2e.browser().waitForPage('review.html', 10_000);
    await review.waitForSelector('[data-testid="review-row"]');
    const opened = await pollFor(
      () =>
        review.evaluate(() => {
          const focused = document.activeElement;
          if (!focused?.matches('[data-testid="review-row"]')) return undefined;
          return {
            hash: location.hash,
            site: new URLSearchParams(location.search).get('site'),
            rows: document.querySelectorAll('[data-testid="review-row"]').length,
            focusedId: focused.getAttribute('data-id'),
            text: focused.textContent ?? '',
          };
        }),
      10_000,
      'the review page to focus the fact-check’s row',
    );
    expect(opened.site).toBe('127.0.0.1');
    expect(opened.rows).toBe(1);
    expect(opened.hash).toBe(`#factcheck=${opened.focusedId}`);
    expect(opened.text).toContain('la justice russe a retiré les talibans');
    await review.close();

    // Delete: asked first, with focus on keeping it; then gone from the page and from storage.
    await actInCard(page, [{ kind: 'click', selector: '[data-testid="delete-fact-check"]' }]);
    expect(await textInCard(page, '[data-testid="delete-confirm"] legend')).toBe(
      'Supprimer le verdict, les sources, la note et les étiquettes de cette affirmation ?',
    );
    expect(await focusedControl(page)).toBe('button[La garder]');
    expect(describeViolations(await cardViolations(page))).toEqual([]);
    await actInCard(page, [{ kind: 'click', selector: '[data-testid="delete-yes"]' }]);
    await waitForCardClosed(page);

    await page.reload();
    await waitForClaimHighlights(page);
    await openCardOn(page, CLAIM);
    // A new card: nothing stored for this claim any more.
    expect(await textInCard(page, '[data-testid="card-dates"]')).toBeNull();
    await page.press('Escape');
    await waitForCardClosed(page);
    const again = await e2e.browser().openExtensionPage('review.html');
    await again.waitForSelector('[data-testid="review-empty"]');
    await again.close();
    await page.close();
  });
});
