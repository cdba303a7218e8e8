/**
 * A reader fact-checks a claim in two clicks and finds it again, anchored to the same words, on
 * reload, on the publisher's edited page, and (as "not found") when the words are gone.
 */
import { describe, expect, test } from 'vitest';
import { BROWSERS } from './harness/browsers';
import {
  actInCard,
  cardAlerts,
  cardIsOpen,
  clickText,
  inCard,
  openCardOn,
  saveStatus,
  textInCard,
  waitForCard,
  waitForCardClosed,
  waitForFocus,
  waitForSaved,
  waitForSaveStatus,
} from './harness/card';
import {
  highlightTexts,
  openSidePanelFor,
  waitForClaimHighlights,
  waitForHighlight,
} from './harness/page-helpers';
import { pollFor } from './harness/poll';
import { useExtensionBrowser } from './harness/setup';
import type { PageHandle } from './harness/types';
import { DEMO_CLAIM as CLAIM } from './harness/demo-claim';

const TITLE = 'La Russie reconnaît officiellement le régime des talibans';
const EDITED =
  'En avril 2025, la justice russe avait retiré les talibans de sa liste des organisations terroristes.';
const OTHER_CLAIM =
  'Ni les États-Unis, ni l’Union européenne, ni aucun autre pays occidental n’a franchi le pas, en raison des nombreuses violations des droits humains constatées, notamment à l’encontre des femmes.';

function verdictTexts(page: PageHandle, verdict: string): Promise<string[]> {
  return highlightTexts(page, `verdict:${verdict}`);
}

describe.each(BROWSERS)('annotating in %s', (name) => {
  const e2e = useExtensionBrowser(name);

  test('verdict, two sources and a note are saved, refused for javascript:, and come back', async () => {
    const page = await e2e.browser().newPage(e2e.server().url('articles/demo-fr.html'));
    await waitForClaimHighlights(page);
    await openCardOn(page, CLAIM);
    await actInCard(page, [
      { kind: 'click', selector: 'input[value="mostly-true"]' },
      { kind: 'click', selector: '.fm-sources > .fm-button' },
      { kind: 'input', selector: 'input[type="url"]', value: 'https://tass.example/afghanistan/2025-04-17' },
      { kind: 'input', selector: 'input[id$="-title"]', value: 'Tass : la Cour suprême retire les talibans' },
      { kind: 'click', selector: '.fm-sources > .fm-button' },
      {
        kind: 'input',
        selector: 'input[type="url"]',
        index: 1,
        value: 'https://ria.example/20250417/taliban',
      },
      { kind: 'input', selector: 'input[id$="-title"]', index: 1, value: 'RIA Novosti' },
      { kind: 'input', selector: 'textarea', value: 'Décision de la Cour suprême du 17 avril 2025.' },
    ]);
    await waitForSaved(page);
    expect((await saveStatus(page)).text).toBe('Enregistré');

    await actInCard(page, [
      { kind: 'click', selector: '.fm-sources > .fm-button' },
      { kind: 'input', selector: 'input[type="url"]', index: 2, value: 'javascript:alert(document.cookie)' },
    ]);
    await waitForSaveStatus(page, 'incomplete');
    // No alert while the link is typed; Escape is refused and shows why, at the link.
    expect(await cardAlerts(page)).toEqual([]);
    await page.press('Escape');
    await waitForFocus(page, 'input#fm-source-2-url[javascript:alert(document.cookie)]');
    expect(await cardAlerts(page)).toContain('Seuls les liens http et https peuvent être enregistrés.');
    await actInCard(page, [{ kind: 'click', selector: '.fm-link-button', index: 2 }]);
    await waitForSaved(page);
    await page.press('Escape');
    await waitForCardClosed(page);

    await page.reload();
    await waitForHighlight(page, 'verdict:mostly-true', undefined, 15_000);
    expect(await verdictTexts(page, 'mostly-true')).toEqual([CLAIM]);

    const panel = await openSidePanelFor(e2e.browser(), TITLE);
    await panel.waitForSelector('[data-testid="annotation-list"]');
    const item = await panel.evaluate(
      () => document.querySelector('[data-testid="annotation-list"] li')?.textContent,
    );
    expect(item).toContain(CLAIM);
    expect(item).toMatch(/2 sources/);
    expect(item).toContain('Décision de la Cour suprême');
    await panel.close();
    await page.close();
  });

  test('a card with unsaved work is not replaced by another claim’s card, nor closed', async () => {
    const page = await e2e.browser().newPage(e2e.server().url('articles/demo-fr.html'));
    try {
      await waitForClaimHighlights(page);
      await openCardOn(page, CLAIM);
      await actInCard(page, [
        { kind: 'click', selector: 'input[value="false"]' },
        { kind: 'click', selector: '.fm-sources > .fm-button' },
        { kind: 'input', selector: 'input[type="url"]', value: 'www.example.org/rapport' },
        { kind: 'input', selector: 'textarea', value: 'Note importante' },
      ]);
      await waitForSaveStatus(page, 'incomplete');
      // Another claim, by a click and by the next-claim key: the first card stays, at its link.
      await clickText(page, OTHER_CLAIM);
      await waitForFocus(page, 'input#fm-source-0-url[www.example.org/rapport]');
      await page.press('Alt+Shift+N');
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await textInCard(page, 'blockquote')).toBe(CLAIM);
      expect(await cardAlerts(page)).toContain('Seuls les liens http et https peuvent être enregistrés.');
      // Completed (the link's scheme typed in front), the work is saved.
      await waitForFocus(page, 'input#fm-source-0-url[www.example.org/rapport]');
      await page.press('Home');
      await page.type('https://');
      await waitForSaved(page);
      expect(await cardAlerts(page)).toEqual([]);
      await clickText(page, OTHER_CLAIM);
      await pollFor(
        async () => ((await textInCard(page, 'blockquote')) === OTHER_CLAIM ? true : undefined),
        10_000,
        'the other claim’s card',
      );
      // As the reader would, with the new card's frame holding focus: a key sent while Chromium
      // still routes input to the frame just removed was lost at times under load (CI).
      await waitForCard(page);
      await page.press('Escape');
      await waitForCardClosed(page);
      await openCardOn(page, CLAIM);
      expect(await inCard(page, (root) => root.querySelector('textarea')?.value)).toBe('Note importante');
    } finally {
      await page.close();
    }
  });

  test('the edited page: found again on the changed words, shown as changed', async () => {
    const page = await e2e.browser().newPage(e2e.server().url('pages/demo-fr-edited.html'));
    try {
      // Painted as changed (versions, #15), not with the verdict given to the words as checked.
      await waitForHighlight(page, 'changed', undefined, 15_000);
      expect(await highlightTexts(page, 'changed')).toEqual([EDITED]);
      expect(await verdictTexts(page, 'mostly-true')).toEqual([]);
      const panel = await openSidePanelFor(e2e.browser(), TITLE);
      await panel.waitForSelector('[data-testid="annotation-list"] li[data-status="changed"]');
      await panel.close();
    } finally {
      // A leftover tab with the demo's title would answer the next test's side panel.
      await page.close();
    }
  });

  test('the page without the words: the fact-check is listed as not found, never dropped', async () => {
    const page = await e2e.browser().newPage(e2e.server().url('pages/demo-fr-removed.html'));
    try {
      await waitForClaimHighlights(page);
      expect(await verdictTexts(page, 'mostly-true')).toEqual([]);
      const panel = await openSidePanelFor(e2e.browser(), TITLE);
      await panel.waitForSelector('[data-testid="annotation-list"] li[data-status="orphan"]');
      const item = await panel.evaluate(
        () => document.querySelector('li[data-status="orphan"]')?.textContent ?? '',
      );
      expect(item).toContain(CLAIM);
      expect(item).toMatch(/Not found on this page|Introuvable sur cette page/);
      await panel.close();
    } finally {
      await page.close();
    }
  });

  test('the card works from the keyboard alone and Escape saves and closes it', async () => {
    const page = await e2e.browser().newPage(e2e.server().url('articles/demo-fr.html'));
    await waitForClaimHighlights(page);
    await openCardOn(page, OTHER_CLAIM);
    await waitForFocus(page, 'button[Fermer]');
    await page.press('Tab');
    await waitForFocus(page, 'input[true]');
    await page.press('ArrowDown');
    await waitForFocus(page, 'input[mostly-true]');
    await page.press('ArrowDown');
    await waitForFocus(page, 'input[mixed]');
    await page.press('Tab');
    await page.press('Enter');
    // A new source's link field takes focus, ready to paste into.
    await waitForFocus(page, 'input#fm-source-0-url[]');
    await waitForSaved(page);
    await page.press('Escape');
    await waitForCardClosed(page);
    expect(await cardIsOpen(page)).toBe(false);
    await waitForHighlight(page, 'verdict:mixed', undefined, 15_000);
    await page.close();
  });
});
