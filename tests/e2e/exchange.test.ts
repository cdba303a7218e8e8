/**
 * Sharing between browsers: a fact-check exported from one profile (side panel, Factmark JSON)
 * and imported into a fresh profile (review page) comes back anchored and coloured on the page.
 */
import { describe, expect, test } from 'vitest';
import { BROWSERS, launchExtensionBrowser } from './harness/browsers';
import { actInCard, openCardOn, waitForSaved } from './harness/card';
import {
  highlightTexts,
  openSidePanelFor,
  waitForClaimHighlights,
  waitForHighlight,
} from './harness/page-helpers';
import { useExtensionBrowser } from './harness/setup';
import { DEMO_CLAIM as CLAIM } from './harness/demo-claim';

const TITLE = 'La Russie reconnaît officiellement le régime des talibans';

describe.each(BROWSERS)('export and import in %s', (name) => {
  const e2e = useExtensionBrowser(name);

  test('export from one profile, import into a fresh one, find the annotation on the page', async () => {
    const page = await e2e.browser().newPage(e2e.server().url('articles/demo-fr.html'));
    await waitForClaimHighlights(page);
    await openCardOn(page, CLAIM);
    await actInCard(page, [
      { kind: 'click', selector: 'input[value="false"]' },
      { kind: 'input', selector: 'textarea', value: 'Exporté puis réimporté.' },
    ]);
    await waitForSaved(page);

    const panel = await openSidePanelFor(e2e.browser(), TITLE);
    await panel.waitForSelector('[data-testid="export-panel"]');
    await panel.click('[data-testid="export-download"]');
    await panel.waitForSelector('[data-testid="export-link"]');
    const exported = await panel.evaluate(async () => {
      const link = document.querySelector<HTMLAnchorElement>('[data-testid="export-link"]');
      if (!link) throw new Error('no export link');
      return { fileName: link.download, text: await (await fetch(link.href)).text() };
    });
    expect(exported.fileName).toMatch(/^factmark-la-russie-reconnait-.*\.factmark\.json$/);
    expect(JSON.parse(exported.text)).toMatchObject({ format: 'factmark', version: 1 });

    const fresh = await launchExtensionBrowser(name);
    try {
      const review = await fresh.openExtensionPage('review.html');
      await review.waitForSelector('[data-testid="import-panel"]');
      await review.evaluate((text) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'shared.factmark.json', { type: 'application/json' }));
        const zone = document.querySelector('[data-testid="import-panel"]');
        zone?.dispatchEvent(
          new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
      }, exported.text);
      await review.waitForSelector('[data-testid="import-preview"]');
      expect(
        await review.evaluate(() => document.querySelector('[data-testid="import-preview"]')?.textContent),
      ).toMatch(/1 (new|nouvelles)/);
      await review.click('[data-testid="import-apply"]');
      await review.waitForSelector('[data-testid="import-done"]');

      const again = await fresh.newPage(e2e.server().url('articles/demo-fr.html'));
      await waitForHighlight(again, 'verdict:false', undefined, 15_000);
      expect(await highlightTexts(again, 'verdict:false')).toEqual([CLAIM]);
    } finally {
      await fresh.close();
    }
  });
});
