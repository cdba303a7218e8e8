/**
 * Claims are found and highlighted without a click on two article pages of different structure,
 * nothing outside the article is highlighted, non-articles get nothing, and the side panel
 * shows what was found.
 */
import { describe, expect, test } from 'vitest';
import { BROWSERS } from './harness/browsers';
import {
  highlightNames,
  highlightsByKind,
  highlightTexts,
  openSidePanelFor,
  settleContentScript,
  waitForClaimHighlights,
} from './harness/page-helpers';
import { useExtensionBrowser } from './harness/setup';

const FIRST_COUNTRY =
  'Elle devient ainsi le premier pays à accorder une légitimité diplomatique à l’Émirat islamique depuis la prise du pouvoir par la force en août 2021.';
const DEMO_TITLE = 'La Russie reconnaît officiellement le régime des talibans';
const TERROR_LIST =
  'En avril 2025, la justice russe a retiré les talibans de sa liste des organisations terroristes.';

/** Polls `check` until it holds (10 s at most). */
async function waitFor(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for the page to follow the side panel');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.each(BROWSERS)('claims in %s', (name) => {
  const e2e = useExtensionBrowser(name);

  test('the French demo article: the reference claims are highlighted, the page furniture is not', async () => {
    const url = e2e.server().url('articles/demo-fr.html');
    const page = await e2e.browser().newPage(url);
    try {
      await waitForClaimHighlights(page);
      const texts = await highlightTexts(page);
      expect(texts).toContain(FIRST_COUNTRY);
      expect(texts).toContain(TERROR_LIST);
      const all = texts.join('\n');
      for (const furniture of [
        'WhatsApp',
        'Cliquez ici',
        'LIRE AUSSI',
        'Views',
        'Soraya',
        'cookies',
        'Commentaires',
      ]) {
        expect(all).not.toContain(furniture);
      }
      // The page shares its timeline with the content script: a release build leaves nothing there
      // that says Factmark ran (its measures are for profiling builds: extension/content/timing.ts).
      const entries = await page.evaluate(() =>
        performance
          .getEntries()
          .map((entry) => entry.name)
          .filter((name) => /factmark|extension:/i.test(name)),
      );
      expect(entries).toEqual([]);
      expect(await page.consoleErrors()).toEqual([]);

      const panel = await openSidePanelFor(e2e.browser(), DEMO_TITLE);
      await panel.waitForSelector('[data-testid="claim-list"]');
      const panelText = await panel.evaluate(() => document.body.textContent ?? '');
      expect(panelText).toContain(DEMO_TITLE);
      expect(panelText).toContain(TERROR_LIST);
      expect(
        await panel.evaluate(() => document.querySelector('[data-testid="article-lang"]')?.textContent),
      ).toBe('fr');
      await panel.close();
    } finally {
      await page.close();
    }
  });

  test('fewer, ranked highlights: the strongest marked apart, the title too, more or fewer on request, a sentence dismissed and back', async () => {
    const page = await e2e.browser().newPage(e2e.server().url('articles/demo-fr.html'));
    await waitForClaimHighlights(page);
    const panel = await openSidePanelFor(e2e.browser(), DEMO_TITLE);
    try {
      const shown = await highlightsByKind(page);
      const strong = shown['strong-claim'] ?? [];
      expect(strong).toContain(TERROR_LIST);
      expect(shown.claim ?? []).not.toContain(TERROR_LIST);
      expect(await highlightTexts(page)).toContain(DEMO_TITLE);
      const normal = (await highlightTexts(page)).length;
      // The side panel says which are strongest, in words.
      await panel.waitForSelector('[data-testid="strong-claim"]');
      // The demo's text has 17 sentences: at most a third of them (6), plus the title.
      expect(
        await panel.evaluate(() => document.querySelectorAll('[data-testid="claim-list"] li').length),
      ).toBeLessThanOrEqual(7);
      expect(
        await panel.evaluate(() => document.querySelector('[data-testid="strong-claim"]')?.textContent),
      ).toMatch(/Strongest|La plus forte/);
      const count = async (wanted: (n: number) => boolean) => {
        const deadline = Date.now() + 10_000;
        let n = (await highlightTexts(page)).length;
        while (!wanted(n) && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          n = (await highlightTexts(page)).length;
        }
        return n;
      };
      await panel.click('[data-testid="highlight-amount"] input[value="more"]');
      expect(await count((n) => n > normal)).toBeGreaterThan(normal);
      await panel.click('[data-testid="highlight-amount"] input[value="fewer"]');
      expect(await count((n) => n < normal)).toBeLessThan(normal);
      await panel.click('[data-testid="highlight-amount"] input[value="normal"]');
      expect(await count((n) => n === normal)).toBe(normal);

      // "Not worth checking": the sentence leaves the page's highlights, is listed, and comes back.
      await panel.click('button[data-testid="dismiss-claim"][aria-label*="En avril 2025, la justice russe"]');
      await waitFor(async () => !(await highlightTexts(page)).includes(TERROR_LIST));
      await panel.waitForSelector('[data-testid="dismissed-list"]');
      expect(
        await panel.evaluate(() => document.querySelector('[data-testid="dismissed-list"]')?.textContent),
      ).toContain(TERROR_LIST);
      await panel.click('button[data-testid="undismiss-claim"]');
      await waitFor(async () => (await highlightTexts(page)).includes(TERROR_LIST));
    } finally {
      await panel.close();
      await page.close();
    }
  });

  test('a page whose script reshaped the article: highlights land on exactly the claims', async () => {
    const page = await e2e.browser().newPage(e2e.server().url('pages/demo-fr-scripted.html'));
    try {
      await waitForClaimHighlights(page);
      expect(
        await page.evaluate(() => document.querySelector('article p')?.childNodes.length ?? 0),
      ).toBeGreaterThan(1);
      // A claim over split text is several ranges, one per text node, registered in order.
      const texts = (await highlightTexts(page)).join('');
      expect(texts).toContain(FIRST_COUNTRY);
      expect(texts).toContain(TERROR_LIST);
      for (const furniture of ['Partenaire', 'sponsorisé', 'WhatsApp', 'LIRE AUSSI'])
        expect(texts).not.toContain(furniture);
      expect(await page.consoleErrors()).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test('the English wire story: claims highlighted, sidebar and newsletter box left alone', async () => {
    const page = await e2e.browser().newPage(e2e.server().url('articles/wire-en.html'));
    try {
      await waitForClaimHighlights(page);
      const texts = (await highlightTexts(page)).join('\n');
      expect(texts.length).toBeGreaterThan(200);
      for (const furniture of ['Subscribe', 'newsletter', 'Read more'])
        expect(texts).not.toContain(furniture);
    } finally {
      await page.close();
    }
  });

  test('a page that is not an article gets no highlight', async () => {
    const page = await e2e.browser().newPage(e2e.server().url('pages/plain.html'));
    try {
      await settleContentScript(page, 1_500);
      expect(await highlightsByKind(page)).toEqual({});
      // Nor anything in the page's own highlight registry, article or not.
      expect(await highlightNames(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
