/**
 * The article changed since the reader checked it (#15): after a fact-check on the demo article,
 * the publisher's stealth edit ("En avril 2025" → "En mai 2025") puts a badge on the toolbar
 * button of that tab and a dismissible notice in the side panel (never in the page, whose script
 * would learn by hit-testing it that the reader checked this article; dismissed, it stays
 * dismissed on the next visit), the claim is marked changed with its text as checked and as it
 * reads now — on the page by a highlight of its own (not its verdict's), in the tooltip and in the
 * card — and confirming the verdict for the new text clears the mark.
 */
import { describe, expect, test } from 'vitest';
import { BROWSERS } from './harness/browsers';
import {
  actInCard,
  inCard,
  openCardOn,
  pointInText,
  textInCard,
  waitForCardClosed,
  waitForSaved,
} from './harness/card';
import {
  tooltipWords,
  highlightTexts,
  openSidePanelFor,
  settleContentScript,
  tabIdOfArticle,
  waitForClaimHighlights,
  waitForHighlight,
} from './harness/page-helpers';
import { pollFor } from './harness/poll';
import { useExtensionBrowser } from './harness/setup';
import type { PageHandle } from './harness/types';
import { DEMO_CLAIM as CLAIM } from './harness/demo-claim';

const TITLE = 'La Russie reconnaît officiellement le régime des talibans';
const CLAIM_NOW = CLAIM.replace('avril', 'mai');

/** Waits until `check` holds (10 s). */
const poll = (check: () => Promise<boolean>, what: string) =>
  pollFor(
    async () => ((await check().catch(() => false)) ? true : undefined),
    10_000,
    `Timed out waiting for ${what}`,
  );

/** The toolbar button's badge text and title on a tab, read from an extension page. */
function toolbarBadge(extensionPage: PageHandle, tabId: number): Promise<{ text: string; title: string }> {
  return extensionPage.evaluate(async (id) => {
    type Button = {
      getBadgeText(details: { tabId: number }): Promise<string>;
      getTitle(details: { tabId: number }): Promise<string>;
    };
    type Api = { action?: Button; browserAction?: Button };
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = scope.browser ?? scope.chrome;
    const button = api?.action ?? api?.browserAction;
    if (!button) throw new Error('No toolbar button API on this page');
    return { text: await button.getBadgeText({ tabId: id }), title: await button.getTitle({ tabId: id }) };
  }, tabId);
}

/** The side panel's change notice text ('' when none is shown). */
const panelNotice = (panel: PageHandle) =>
  panel.evaluate(() => document.querySelector('[data-testid="change-notice"]')?.textContent ?? '');

describe.each(BROWSERS)('article versions in %s', (name) => {
  const e2e = useExtensionBrowser(name);

  test('a stealth edit after a fact-check: notice, changed claim, was/now, confirm', async () => {
    const original = await e2e.browser().newPage(e2e.server().url('articles/demo-fr.html'));
    await waitForClaimHighlights(original);
    await openCardOn(original, CLAIM);
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
    const tooltip = () => tooltipWords(page);
    await poll(
      async () => (await tooltip())?.includes('modifié depuis votre vérification') === true,
      'the tooltip',
    );
    expect(await tooltip()).toBe('✗ Verdict : Faux (modifié depuis votre vérification)');
    // The page scrolls under a still pointer: the label would now be beside another sentence.
    await page.evaluate(() => window.scrollBy({ top: 400, behavior: 'instant' }));
    await poll(async () => (await tooltip()) === null, 'the tooltip to go');
    await page.evaluate(() => window.scrollBy({ top: -400, behavior: 'instant' }));

    // Nothing of the change in the page: no host of Factmark's says it, no text of it in the DOM.
    expect(await page.evaluate(() => document.querySelector('factmark-change-notice') === null)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.outerHTML.includes('a changé'))).toBe(false);
    // The toolbar button of this tab says it, and the side panel shows what changed.
    let panel = await openSidePanelFor(e2e.browser(), TITLE);
    const tabId = await tabIdOfArticle(panel, TITLE);
    await poll(async () => (await toolbarBadge(panel, tabId)).text === '!', 'the toolbar badge');
    expect((await toolbarBadge(panel, tabId)).title).not.toBe('Factmark');
    await panel.waitForSelector('[data-testid="change-notice"]');
    expect(await panelNotice(panel)).toMatch(/(Changes|Modifications) ?: 1/);
    const diff = await panel.evaluate(() =>
      [...document.querySelectorAll('[data-testid="change-diff"] li')].map((item) => [
        item.getAttribute('data-op'),
        item.querySelector('del')?.textContent,
        item.querySelector('ins')?.textContent,
      ]),
    );
    expect(diff).toEqual([['replace', 'avril', 'mai']]);

    // Reached with the keyboard, its dismiss button shows where focus is.
    await panel.bringToFront();
    await panel.evaluate(() =>
      document.querySelector<HTMLElement>('[data-testid="change-notice"] summary')?.focus(),
    );
    await panel.press('Tab');
    const ring = await panel.evaluate(() => {
      const focused = document.activeElement as HTMLElement | null;
      return {
        testid: focused?.dataset.testid,
        outline: focused ? getComputedStyle(focused).outlineStyle : '',
      };
    });
    expect(ring.testid).toBe('change-notice-dismiss');
    expect(ring.outline).not.toBe('none');
    // Dismissed by the reader's own key press: the notice and the badge go, and stay gone on the
    // next visit (kept with the version compared with), while the claim is still marked changed.
    await panel.press(' ');
    await poll(async () => (await panelNotice(panel)) === '', 'the notice to close');
    await poll(async () => (await toolbarBadge(panel, tabId)).text === '', 'the badge to go');
    await panel.close();
    await settleContentScript(page, 1_000);
    await page.close();
    page = await e2e.browser().newPage(e2e.server().url('pages/demo-fr-may.html'));
    await waitForHighlight(page, 'changed', CLAIM_NOW, 15_000);
    await settleContentScript(page, 1_500);

    panel = await openSidePanelFor(e2e.browser(), TITLE);
    await panel.waitForSelector('[data-testid="annotation-list"] li[data-status="changed"]');
    expect(await panelNotice(panel)).toBe('');
    expect((await toolbarBadge(panel, await tabIdOfArticle(panel, TITLE))).text).toBe('');
    const item = await panel.evaluate(
      () => document.querySelector('li[data-status="changed"]')?.textContent ?? '',
    );
    expect(item).toContain(CLAIM);
    expect(item).toContain(CLAIM_NOW);

    await openCardOn(page, CLAIM_NOW);
    expect(await textInCard(page, '[data-testid="claim-was"]')).toBe(CLAIM);
    expect(await textInCard(page, '[data-testid="claim-now"]')).toBe(CLAIM_NOW);
    expect(await textInCard(page, '[data-testid="claim-change"]')).toContain(
      'Le texte a changé depuis votre vérification',
    );
    // Drawn as the change notice is (change-notice.css in the card's frame too).
    const look = await inCard(page, (root) => {
      const block = root.querySelector('[data-testid="claim-change"]');
      return block ? getComputedStyle(block).borderTopStyle : null;
    });
    expect(look).toBe('solid');
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
