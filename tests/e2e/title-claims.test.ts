/**
 * The title is fact-checked like any claim: the demo article's text does not hold its headline,
 * whose claim is marked in the page's `<h1>`. The side panel's claim list selects it there; words
 * of it selected by hand get the selection button; a click on it opens the card on the title's
 * words; the verdict given is saved on the title (not on the text at the same offsets) and comes
 * back on reload, in the page and in the side panel. On another site's copy of the story, the
 * title is "already checked" and reused in one click.
 */
import { describe, expect, test } from 'vitest';
import { BROWSERS } from './harness/browsers';
import {
  actInCard,
  openCardOn,
  textInCard,
  waitForCard,
  waitForCardClosed,
  waitForSaved,
} from './harness/card';
import {
  highlightTexts,
  openSidePanelFor,
  waitForClaimHighlights,
  waitForHighlight,
} from './harness/page-helpers';
import { pollFor } from './harness/poll';
import { useExtensionBrowser } from './harness/setup';

const TITLE = 'La Russie reconnaît officiellement le régime des talibans';

describe.each(BROWSERS)("the title's claim in %s", (name) => {
  const e2e = useExtensionBrowser(name);

  test('selected from the side panel, checked from the headline, back on reload', async () => {
    const page = await e2e.browser().newPage(e2e.server().url('articles/demo-fr.html'));
    try {
      await waitForHighlight(page, 'any-claim', TITLE);

      // The side panel lists the title's claim first, as a button that selects it in the page.
      const panel = await openSidePanelFor(e2e.browser(), TITLE);
      await panel.waitForSelector('[data-testid="claim-list"] button.fm-claim-title');
      await panel.click('[data-testid="claim-list"] button.fm-claim-title');
      await waitForHighlight(page, 'selected', TITLE);
      await panel.close();

      // A few words of the headline selected by hand: the selection button offers them.
      await page.evaluate(() => {
        const text = document.querySelector('h1')?.firstChild as Text;
        const at = text.data.indexOf('reconnaît');
        document.getSelection()?.setBaseAndExtent(text, at, text, at + 'reconnaît officiellement'.length);
      });
      await page.bringToFront();
      await page.press('Shift');
      const button = await pollFor(
        async () =>
          (await page.inClosedRoot('factmark-select', (root) => {
            const element = root.querySelector('[data-testid="factmark-select-button"]');
            if (!element || ((root as ShadowRoot).host as HTMLElement).hidden) return undefined;
            const { left, top, width, height } = element.getBoundingClientRect();
            return { x: left + width / 2, y: top + height / 2 };
          })) ?? undefined,
        5_000,
        'the selection button by the headline',
      );
      await page.clickAt(button.x, button.y);
      await waitForCard(page);
      expect(await textInCard(page, 'blockquote')).toBe('reconnaît officiellement');
      await page.press('Escape');
      await waitForCardClosed(page);

      await openCardOn(page, TITLE);
      expect(await textInCard(page, 'blockquote')).toBe(TITLE);
      await actInCard(page, [{ kind: 'click', selector: 'input[value="mostly-true"]' }]);
      await waitForSaved(page);
      await page.press('Escape');
      await waitForCardClosed(page);

      await page.reload();
      await waitForClaimHighlights(page);
      await waitForHighlight(page, 'verdict:mostly-true', TITLE);
      // Marked as the fact-check only, and the text's claims are still claims.
      expect(await highlightTexts(page, 'any-claim')).not.toContain(TITLE);
      expect((await highlightTexts(page, 'any-claim')).length).toBeGreaterThan(0);

      const reopened = await openSidePanelFor(e2e.browser(), TITLE);
      await reopened.waitForSelector('[data-testid="annotation-list"] li');
      const lists = await pollFor(
        () =>
          reopened.evaluate(() => {
            const annotations = [...document.querySelectorAll('[data-testid="annotation-list"] li')];
            const titleClaims = document.querySelectorAll('[data-testid="claim-list"] .fm-claim-title');
            return annotations.length > 0
              ? {
                  annotations: annotations.map((item) => item.textContent ?? ''),
                  titleClaims: titleClaims.length,
                }
              : undefined;
          }),
        10_000,
        'the side panel’s fact-checks',
      );
      expect(lists.annotations).toHaveLength(1);
      expect(lists.annotations[0]).toContain(TITLE);
      expect(lists.annotations[0]).toContain('Title');
      expect(lists.titleClaims).toBe(0);
      await reopened.close();

      // The card opens again on the saved fact-check, with its verdict.
      await openCardOn(page, TITLE);
      expect(await textInCard(page, 'blockquote')).toBe(TITLE);
      const checked = await pollFor(
        async () =>
          (await textInCard(page, 'input[value="mostly-true"]:checked')) !== null ? true : undefined,
        5_000,
        'the saved verdict in the card',
      );
      expect(checked).toBe(true);
      await page.press('Escape');
      await waitForCardClosed(page);
    } finally {
      await page.close();
    }

    // The same story on another site, under the same headline: the title is "already checked"
    // there, and reused in one click as a fact-check of that page's title.
    const copy = await e2e.browser().newPage(e2e.server().otherSiteUrl('pages/demo-fr-local.html'));
    try {
      await waitForClaimHighlights(copy);
      const panel = await openSidePanelFor(e2e.browser(), TITLE);
      await panel.waitForSelector('[data-testid="already-checked-item"]', 15_000);
      const item = await panel.evaluate(
        () => document.querySelector('[data-testid="already-checked-item"]')?.textContent ?? '',
      );
      expect(item).toContain(TITLE);
      expect(item).toMatch(/Mostly true|Plutôt vrai/);
      await panel.click('[data-testid="reuse-check"]');
      await waitForHighlight(copy, 'verdict:mostly-true', TITLE);
      await panel.close();
    } finally {
      await copy.close();
    }
  });
});
