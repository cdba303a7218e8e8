/**
 * The article changed since the reader checked it (#15): after a fact-check on the demo article,
 * the publisher's stealth edit ("En avril 2025" → "En mai 2025") shows a dismissible notice in the
 * page (in a closed shadow root: the page's DOM never holds it; dismissed, it stays dismissed on
 * the next visit) and in the side panel, the claim
 * is marked changed with its text as checked and as it reads now — on the page by a highlight of
 * its own (not its verdict's), in the tooltip and in the card — and confirming the verdict for the
 * new text clears the mark.
 */
import { describe, expect, test } from 'vitest';
import { BROWSERS } from './harness/browsers';
import {
  actInCard,
  clickText,
  pointInText,
  textInCard,
  waitForCard,
  waitForCardClosed,
  waitForSaved,
} from './harness/card';
import {
  highlightTexts,
  openSidePanelFor,
  settleContentScript,
  waitForClaimHighlights,
  waitForHighlight,
} from './harness/page-helpers';
import { pollFor } from './harness/poll';
import { useExtensionBrowser } from './harness/setup';
import type { PageHandle } from './harness/types';

const TITLE = 'La Russie reconnaît officiellement le régime des talibans';
const CLAIM =
  'En avril 2025, la justice russe a retiré les talibans de sa liste des organisations terroristes.';
const CLAIM_NOW = CLAIM.replace('avril', 'mai');
const NOTICE = 'factmark-change-notice';

/** Waits until `check` holds (10 s). */
const poll = (check: () => Promise<boolean>, what: string) =>
  pollFor(
    async () => ((await check().catch(() => false)) ? true : undefined),
    10_000,
    `Timed out waiting for ${what}`,
  );

/**
 * The in-page notice's text, read through the closed root ('' when none is shown: its host stays
 * the same, the notice comes and goes inside).
 */
function noticeText(page: PageHandle): Promise<string> {
  return page
    .inClosedRoot(NOTICE, (root) => root.querySelector('[data-testid="change-notice"]')?.textContent ?? '')
    .then((text) => text ?? '');
}

describe.each(BROWSERS)('article versions in %s', (name) => {
  const e2e = useExtensionBrowser(name);

  test('a stealth edit after a fact-check: notice, changed claim, was/now, confirm', async () => {
    const original = await e2e.browser().newPage(e2e.server().url('articles/demo-fr.html'));
    await waitForClaimHighlights(original);
    expect(await noticeText(original)).toBe('');
    await clickText(original, CLAIM);
    await waitForCard(original);
    await actInCard(original, [{ kind: 'click', selector: 'input[value="false"]' }]);
    await waitForSaved(original);
    await original.press('Escape');
    await waitForCardClosed(original);
    await original.close();

    let page = await e2e.browser().newPage(e2e.server().url('pages/demo-fr-may.html'));
    // Painted as changed, not with the verdict given to the old text.
    await waitForHighlight(page, 'changed', CLAIM_NOW, 15_000);
    expect(await highlightTexts(page, 'verdict:false')).toEqual([]);
    const { x, y } = await pointInText(page, CLAIM_NOW);
    await page.moveMouse(x, y);
    const tooltip = () =>
      page.inClosedRoot(
        'factmark-tooltip',
        (root) => root.querySelector('[data-testid="verdict-tooltip"]')?.textContent ?? '',
      );
    await poll(
      async () => (await tooltip())?.includes('modifié depuis votre vérification') === true,
      'the tooltip',
    );
    expect(await tooltip()).toBe('✗ Verdict : Faux (modifié depuis votre vérification)');
    // The page scrolls under a still pointer: the label would now be beside another sentence.
    await page.evaluate(() => window.scrollBy({ top: 400, behavior: 'instant' }));
    await poll(async () => (await tooltip()) === '', 'the tooltip to go');
    await page.evaluate(() => window.scrollBy({ top: -400, behavior: 'instant' }));
    await poll(async () => (await noticeText(page)).includes('Cet article a changé'), 'the change notice');
    const notice = await noticeText(page);
    expect(notice).toContain('Modifications : 1');
    const diff = await page.inClosedRoot(NOTICE, (root) =>
      [...root.querySelectorAll('[data-testid="change-diff"] li')].map((item) => [
        item.getAttribute('data-op'),
        item.querySelector('del')?.textContent,
        item.querySelector('ins')?.textContent,
      ]),
    );
    expect(diff).toEqual([['replace', 'avril', 'mai']]);
    // Nothing of it in the page's own DOM.
    expect(await page.evaluate(() => document.documentElement.outerHTML.includes('a changé'))).toBe(false);

    // Reached with the keyboard, its dismiss button shows where focus is.
    await page.bringToFront();
    await page.inClosedRoot(NOTICE, (root) => root.querySelector<HTMLElement>('summary')?.focus());
    await page.press('Tab');
    const ring = await page.inClosedRoot(NOTICE, (root) => {
      const focused = root.activeElement as HTMLElement | null;
      return {
        testid: focused?.dataset.testid,
        outline: focused ? getComputedStyle(focused).outlineStyle : '',
      };
    });
    expect(ring?.testid).toBe('change-notice-dismiss');
    expect(ring?.outline).not.toBe('none');
    // Dismissed by the reader's own key press on its button: it stays dismissed on the next visit
    // (kept with the version compared with), while the side panel still shows it.
    await page.inClosedRoot(NOTICE, (root) =>
      root.querySelector<HTMLElement>('[data-testid="change-notice-dismiss"]')?.focus(),
    );
    await page.press(' ');
    await poll(async () => (await noticeText(page)) === '', 'the notice to close');
    await settleContentScript(page, 1_000);
    await page.close();
    page = await e2e.browser().newPage(e2e.server().url('pages/demo-fr-may.html'));
    await waitForHighlight(page, 'changed', CLAIM_NOW, 15_000);
    await settleContentScript(page, 1_500);
    expect(await noticeText(page)).toBe('');

    const panel = await openSidePanelFor(e2e.browser(), TITLE);
    await panel.waitForSelector('[data-testid="change-notice"]');
    await panel.waitForSelector('[data-testid="annotation-list"] li[data-status="changed"]');
    const item = await panel.evaluate(
      () => document.querySelector('li[data-status="changed"]')?.textContent ?? '',
    );
    expect(item).toContain(CLAIM);
    expect(item).toContain(CLAIM_NOW);

    await clickText(page, CLAIM_NOW);
    await waitForCard(page);
    expect(await textInCard(page, '[data-testid="claim-was"]')).toBe(CLAIM);
    expect(await textInCard(page, '[data-testid="claim-now"]')).toBe(CLAIM_NOW);
    expect(await textInCard(page, '[data-testid="claim-change"]')).toContain(
      'Le texte a changé depuis votre vérification',
    );
    await actInCard(page, [{ kind: 'click', selector: '[data-testid="confirm-new-text"]' }]);
    await poll(
      async () => (await textInCard(page, '[role="status"]'))?.includes('Confirmé') === true,
      'the confirmation',
    );
    await panel.waitForSelector('[data-testid="annotation-list"] li[data-status="exact"]');
    // Confirmed for the new text: its verdict is painted again.
    await waitForHighlight(page, 'verdict:false', CLAIM_NOW, 10_000);
    expect(await highlightTexts(page, 'changed')).toEqual([]);

    await panel.close();
    await page.close();
  });
});
