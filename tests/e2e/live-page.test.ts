/**
 * Factmark keeps up with the page and the reader: content added later and same-document
 * navigations are re-analysed, the side panel scrolls to a claim, a fact-check made in one tab
 * shows in another without reload, the context menu / shortcut path opens the card on a hand
 * selection, and hovering a fact-checked claim shows its verdict.
 */
import { describe, expect, test } from 'vitest';
import { BROWSERS } from './harness/browsers';
import {
  actInCard,
  inCard,
  openCardOn,
  pointInText,
  textInCard,
  waitForCard,
  waitForSaved,
} from './harness/card';
import {
  tooltipWords,
  highlightTexts,
  waitForHighlight,
  openSidePanelFor,
  sendRuntimeMessage,
  tabIdOfArticle,
  waitForClaimHighlights,
} from './harness/page-helpers';
import { useExtensionBrowser } from './harness/setup';
import type { PageHandle } from './harness/types';

const TITLE = 'La Russie reconnaît officiellement le régime des talibans';
const ADDED =
  'Selon le ministère, les échanges commerciaux entre les deux pays ont augmenté de 35 % en 2024, un record depuis 2001.';
const FIRST =
  'Elle devient ainsi le premier pays à accorder une légitimité diplomatique à l’Émirat islamique depuis la prise du pouvoir par la force en août 2021.';
const MANUAL = 'Cette reconnaissance constitue une étape majeure';
const MANUAL_CLAIM =
  'En avril 2025, la justice russe a retiré les talibans de sa liste des organisations terroristes.';
/**
 * The demo page's canonical link, normalised (tracking parameters and fragment removed); the
 * fixture server puts its own origin in it (server.ts).
 */
const canonical = (baseUrl: string) => `${baseUrl}/international/russie-reconnait-talibans`;

describe.each(BROWSERS)('a living page in %s', (name) => {
  const e2e = useExtensionBrowser(name);
  const demo = () => e2e.server().url('articles/demo-fr.html');

  test('text added to the article later is analysed again', async () => {
    const page = await e2e.browser().newPage(demo());
    await waitForClaimHighlights(page);
    await page.evaluate((sentence) => {
      const paragraphs = document.querySelectorAll('article p');
      const last = paragraphs[paragraphs.length - 3];
      const added = document.createElement('p');
      added.textContent = sentence;
      last?.after(added);
    }, ADDED);
    await waitForHighlight(page, 'any-claim', ADDED, 10_000);
    await page.close();
  });

  test('a same-document navigation to another story is analysed again', async () => {
    const page = await e2e.browser().newPage(demo());
    await waitForClaimHighlights(page);
    await page.evaluate((sentence) => {
      history.pushState({}, '', '?story=2');
      for (const paragraph of document.querySelectorAll('article p')) paragraph.textContent = '';
      const first = document.querySelector('article p');
      if (first)
        first.textContent = `${sentence} Le gouvernement a publié ces chiffres jeudi 3 juillet 2025.`;
    }, ADDED);
    await waitForHighlight(page, 'any-claim', ADDED, 10_000);
    expect((await highlightTexts(page)).join(' ')).not.toContain('le premier pays à accorder');
    await page.close();
  });

  test('a claim clicked in the side panel is scrolled to and selected in the page', async () => {
    const page = await e2e.browser().newPage(demo());
    await waitForClaimHighlights(page);
    const panel = await openSidePanelFor(e2e.browser(), TITLE);
    await panel.waitForSelector('[data-testid="claim-list"] button');
    await panel.evaluate((sentence) => {
      const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-testid="claim-list"] button')];
      buttons.find((button) => button.textContent?.includes(sentence))?.click();
    }, FIRST);
    await waitForHighlight(page, 'selected', FIRST, 10_000);
    await panel.close();
    await page.close();
  });

  test('a fact-check made in one tab shows in another without reload; hovering shows its verdict', async () => {
    const first = await e2e.browser().newPage(demo());
    const second = await e2e.browser().newPage(demo());
    try {
      await waitForClaimHighlights(first);
      await waitForClaimHighlights(second);
      await openCardOn(first, FIRST);
      await actInCard(first, [{ kind: 'click', selector: 'input[value="misleading"]' }]);
      await waitForSaved(first);
      await waitForHighlight(second, 'verdict:misleading', FIRST, 10_000);
      const { x, y } = await pointInText(second, FIRST);
      await second.moveMouse(x, y);
      const deadline = Date.now() + 10_000;
      const tooltip = () => tooltipWords(second);
      while ((await tooltip()) !== '! Verdict : Trompeur' && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(await tooltip()).toBe('! Verdict : Trompeur');
    } finally {
      // Closed even on failure: a tab left with this title would answer the next tests.
      await first.close();
      await second.close();
    }
  });

  // Once flaky (about 1 run in 5 under load): two re-reads of the tab's fact-checks answered out
  // of order left the older verdict painted. Reads now go one at a time (reads-in-turn.ts).
  test("an edit on the review page changes the open tab's highlight at once", async () => {
    const page = await e2e.browser().newPage(demo());
    try {
      await editedFromTheReviewPage(page);
    } finally {
      await page.close();
    }
  });

  async function editedFromTheReviewPage(page: PageHandle): Promise<void> {
    await waitForClaimHighlights(page);
    await openCardOn(page, MANUAL_CLAIM);
    await actInCard(page, [{ kind: 'click', selector: 'input[value="true"]' }]);
    await waitForSaved(page);
    await page.press('Escape');
    await waitForHighlight(page, 'verdict:true', MANUAL_CLAIM);
    const review = await e2e.browser().openExtensionPage('review.html');
    try {
      const row = '[data-testid="review-row"][data-verdict="true"]';
      await review.waitForSelector(row);
      await review.click(`${row} [data-testid="review-edit"]`);
      await review.waitForSelector('[data-testid="review-editor"]');
      await review.click('[data-testid="review-editor"] input[value="false"]');
      await review.click('[data-testid="review-save"]');
      await review.waitForSelector('[data-testid="review-row"][data-verdict="false"]');
      // No reload: the review page's write told the tab.
      await waitForHighlight(page, 'verdict:false', MANUAL_CLAIM, 10_000);
      expect(await highlightTexts(page, 'verdict:true')).toEqual([]);
    } finally {
      await review.close();
    }
  }

  test('the context menu and shortcut path opens the card on a hand selection', async () => {
    const page = await e2e.browser().newPage(demo());
    await waitForClaimHighlights(page);
    await page.evaluate((words) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(words) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
        return;
      }
      throw new Error('text not found');
    }, MANUAL);
    const probe = await e2e.browser().openExtensionPage('review.html');
    const tabId = await tabIdOfArticle(probe, TITLE);
    const reply = await probe.evaluate(async (id) => {
      type Tabs = { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };
      const scope = globalThis as unknown as { browser?: Tabs; chrome?: Tabs };
      return (scope.browser ?? scope.chrome)?.tabs.sendMessage(id, { type: 'factCheckSelection' });
    }, tabId);
    expect(reply).toEqual({ ok: true, value: true });
    // The reader is on the article's tab (here the review page was in front to send the command).
    await page.bringToFront();
    await waitForCard(page);
    const quoted = await textInCard(page, 'blockquote');
    expect(quoted).toBe(MANUAL);
    await actInCard(page, [{ kind: 'input', selector: 'textarea', value: 'Affirmation choisie à la main.' }]);
    await waitForSaved(page);
    const saved = (await sendRuntimeMessage(probe, {
      type: 'getPageAnnotations',
      url: canonical(e2e.server().baseUrl),
    })) as {
      value: { claims: { text: string; origin: string }[] };
    };
    expect(saved.value.claims).toContainEqual(expect.objectContaining({ text: MANUAL, origin: 'manual' }));
    await probe.close();
    await page.close();
  });

  test('a note typed right before the tab closes is saved', async () => {
    const page = await e2e.browser().newPage(demo());
    await waitForClaimHighlights(page);
    await openCardOn(page, FIRST);
    // Typed key by key, the note's first save is under way while later keys arrive (they are sent
    // when it ends); the last key, typed with no save under way, goes out at once: the tab closes
    // right after it.
    await actInCard(page, [{ kind: 'input', selector: 'textarea', value: 'tapé juste avant de ferme' }]);
    await waitForSaved(page);
    await page.type('r');
    // Once the key has reached the field, its save is on its way (sent in the input handler,
    // with no timer): the tab closes 100 ms later, sooner than a reader's hand goes from the last
    // key to closing the tab, and far sooner than any save timer (the lost saves this guards
    // against waited for one). Closed at once, Firefox lost it about once in five CI runs under
    // load: there the frame reaches the page's content script through the background, one hop
    // more than in Chrome (README, Known gaps).
    while (
      (await inCard(page, (root) => root.querySelector('textarea')?.value)) !== 'tapé juste avant de fermer'
    ) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    await page.close();
    const probe = await e2e.browser().openExtensionPage('review.html');
    await probe.waitForFunction(
      async (url) => {
        type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
        const scope = globalThis as unknown as { browser?: Runtime; chrome?: Runtime };
        const reply = (await (scope.browser ?? scope.chrome)?.runtime.sendMessage({
          type: 'getPageAnnotations',
          url,
        })) as {
          value?: { factChecks: { note: string }[] };
        };
        return reply.value?.factChecks.some((factCheck) => factCheck.note === 'tapé juste avant de fermer');
      },
      canonical(e2e.server().baseUrl),
      5_000,
    );
    await probe.close();
  });
});
