/**
 * Claim memory (issue #16): a claim fact-checked on one site shows as "already checked", with
 * its verdict and sources, on another site's reworded copy and is reused in one click; a
 * fact-checker's page offers to save its ClaimReview, which then shows where the claim recurs.
 * The earlier check never reaches the other page's DOM.
 */
import { describe, expect, test } from 'vitest';
import { BROWSERS } from './harness/browsers';
import { openSidePanelFor, waitForClaimHighlights, waitForHighlight } from './harness/page-helpers';
import { CLAIMREVIEW_TITLE, REPUBLISHED_TITLE } from './harness/page-variants';
import { checkDemoClaimFalse, DEMO_CLAIM, DEMO_CLAIM_REWORDED } from './harness/demo-claim';
import { useExtensionBrowser } from './harness/setup';

const TITLE = 'La Russie reconnaît officiellement le régime des talibans';

describe.each(BROWSERS)('claim memory in %s', (name) => {
  const e2e = useExtensionBrowser(name);

  test('a claim checked on one site is "already checked" on another site’s rewording, and reused', async () => {
    await checkDemoClaimFalse(e2e.browser(), e2e.server().url('articles/demo-fr.html'));

    const copy = await e2e.browser().newPage(e2e.server().otherSiteUrl('pages/demo-fr-republished.html'));
    await waitForClaimHighlights(copy);
    const panel = await openSidePanelFor(e2e.browser(), REPUBLISHED_TITLE);
    await panel.waitForSelector('[data-testid="already-checked-item"]', 15_000);
    const item = await panel.evaluate(
      () => document.querySelector('[data-testid="already-checked-item"]')?.textContent ?? '',
    );
    expect(item).toContain(DEMO_CLAIM);
    expect(item).toMatch(/False|Faux/);
    expect(item).toContain('Tass');
    const link = await panel.evaluate(
      () => document.querySelector<HTMLAnchorElement>('[data-testid="already-checked-item"] a')?.href ?? '',
    );
    expect(link).toContain('127.0.0.1');
    // The reader's earlier check is nowhere in the other page's DOM.
    expect(await copy.evaluate((text) => document.documentElement.outerHTML.includes(text), DEMO_CLAIM)).toBe(
      false,
    );

    await panel.click('[data-testid="reuse-check"]');
    await waitForHighlight(copy, 'verdict:false', DEMO_CLAIM_REWORDED, 15_000);
    await panel.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="annotation-list"] li')].some((li) =>
        li.textContent?.includes('organisations terroristes'),
      ),
    );
    await panel.close();
    await copy.close();
  });

  test('a page publishing a ClaimReview offers to save it; saved, it shows where the claim recurs', async () => {
    const review = await e2e.browser().newPage(e2e.server().otherSiteUrl('pages/demo-fr-claimreview.html'));
    await waitForClaimHighlights(review);
    const panel = await openSidePanelFor(e2e.browser(), CLAIMREVIEW_TITLE);
    await panel.waitForSelector('[data-testid="published-review"]', 15_000);
    const offer = await panel.evaluate(
      () => document.querySelector('[data-testid="published-review"]')?.textContent ?? '',
    );
    expect(offer).toContain('AFP Factuel');
    expect(offer).toContain('Vrai');
    await panel.click('[data-testid="save-published"]');
    await panel.waitForSelector('[data-testid="published-review"] [role="status"]');
    await panel.close();
    await review.close();

    const demo = await e2e.browser().newPage(e2e.server().url('articles/demo-fr.html'));
    await waitForClaimHighlights(demo);
    const demoPanel = await openSidePanelFor(e2e.browser(), TITLE);
    await demoPanel.waitForSelector('[data-testid="already-checked-item"]', 15_000);
    const recalled = await demoPanel.evaluate(
      () => document.querySelector('[data-testid="already-checked-item"]')?.textContent ?? '',
    );
    expect(recalled).toMatch(/AFP Factuel ?: Vrai/);
    await demoPanel.close();
    await demo.close();
  });
});
