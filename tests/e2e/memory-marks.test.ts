/**
 * The in-page "checked elsewhere" mark (issue #16): a claim checked on one site is marked on
 * another site's reworded copy, inside Factmark's closed shadow root only, and the card opened on
 * it shows the earlier check and reuses it in one action. What the page's own script can see
 * (its DOM, CSS.highlights names and ranges, Factmark's <style>, its hosts' boxes, the document's
 * size, what is under a point) is the same as on a first visit, before anything was checked.
 */
import { describe, expect, test } from 'vitest';
import { BROWSERS } from './harness/browsers';
import { actInCard, inCard, openCardOn, pointInText, waitForCardClosed, waitForSaved } from './harness/card';
import { pageFinds, waitForClaimHighlights, waitForHighlight } from './harness/page-helpers';
import { pollFor } from './harness/poll';
import { checkDemoClaimFalse, DEMO_CLAIM, DEMO_CLAIM_REWORDED, TASS_SOURCE } from './harness/demo-claim';
import { useExtensionBrowser } from './harness/setup';
import type { PageHandle } from './harness/types';

/** Everything about Factmark that the page's own script can read, names made comparable. */
function pageView(page: PageHandle, sentence: string) {
  return page.evaluate((wanted) => {
    // Highlight names are random per page load: compare what each highlight covers.
    const opaque = (text: string) => text.replace(/factmark-[a-z0-9]{10}/g, 'factmark-NAME');
    const highlights: string[] = [];
    CSS.highlights.forEach((highlight) => {
      highlights.push(JSON.stringify([...highlight].map((range) => range.toString())));
    });
    const hosts = [...document.querySelectorAll('[data-factmark]')].map((host) => {
      const box = host.getBoundingClientRect();
      return `${host.tagName} ${host.getAttributeNames().join(',')} ${box.width}x${box.height}`;
    });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let under = 'not found';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const last = [...range.getClientRects()].at(-1);
      // The badge sits just after the sentence's last line, the underline along its bottom.
      const points = last
        ? [
            [last.right + 8, last.top + 1],
            [last.left + last.width / 2, last.bottom - 1],
          ]
        : [];
      under = points.map(([x, y]) => document.elementFromPoint(x ?? 0, y ?? 0)?.tagName ?? 'none').join(',');
    }
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    // Factmark's hosts are mounted as their UIs start, in no fixed order: compare them as a set.
    for (const host of clone.querySelectorAll('[data-factmark]')) host.remove();
    return {
      dom: opaque(clone.outerHTML),
      highlights: highlights.sort(),
      hosts: hosts.sort(),
      size: [document.documentElement.scrollWidth, document.documentElement.scrollHeight],
      under,
    };
  }, sentence);
}

/** The number of marks drawn in the closed root (the page cannot run this). */
async function marksDrawn(page: PageHandle): Promise<number> {
  return (await page.inClosedRoot('factmark-marks', (root) => root.querySelectorAll('div div').length)) ?? 0;
}

describe.each(BROWSERS)('"checked elsewhere" marks in %s', (name) => {
  const e2e = useExtensionBrowser(name);

  test('a claim checked on one site is marked on another site’s rewording, unseen by the page, and reused from the card', async () => {
    // First visit to the other site, nothing checked yet: what its script can see.
    const copyUrl = e2e.server().otherSiteUrl('pages/demo-fr-republished.html');
    const first = await e2e.browser().newPage(copyUrl);
    await waitForClaimHighlights(first);
    await pointInText(first, DEMO_CLAIM_REWORDED);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await marksDrawn(first)).toBe(0);
    const unmarked = await pageView(first, DEMO_CLAIM_REWORDED);
    await first.close();

    await checkDemoClaimFalse(e2e.browser(), e2e.server().url('articles/demo-fr.html'));

    const copy = await e2e.browser().newPage(copyUrl);
    await waitForClaimHighlights(copy);
    await pointInText(copy, DEMO_CLAIM_REWORDED);
    await pollFor(async () => (await marksDrawn(copy)) > 0 || undefined, 15_000, 'no mark drawn');
    const marked = await pageView(copy, DEMO_CLAIM_REWORDED);
    expect(marked.under).not.toContain('FACTMARK');
    expect(marked).toEqual(unmarked);
    // The badge's ✓ is generated content: the page's text search (closed roots included) misses it.
    expect(await pageFinds(copy, '✓')).toBe(false);

    // The claim opens as any claim does; the card shows the earlier check and reuses it.
    await openCardOn(copy, DEMO_CLAIM_REWORDED);
    const shown = await inCard(copy, (root) => {
      const section = root.querySelector('[data-testid="card-earlier-check"]');
      return {
        text: section?.textContent ?? '',
        links: [...(section?.querySelectorAll('a') ?? [])].map((a) => a.href),
        earlier: section?.querySelector<HTMLAnchorElement>('[data-testid="earlier-link"]')?.href ?? '',
      };
    });
    expect(shown?.text).toMatch(/Faux|False/);
    expect(shown?.text).toContain(DEMO_CLAIM);
    expect(shown?.links).toContain(TASS_SOURCE);
    // The earlier article, on the first site (the copy is served from another host).
    expect(new URL(shown?.earlier ?? 'about:blank').hostname).toBe('127.0.0.1');
    await actInCard(copy, [{ kind: 'click', selector: '[data-testid="card-reuse-check"]' }]);
    await waitForSaved(copy);
    await waitForHighlight(copy, 'verdict:false', DEMO_CLAIM_REWORDED, 15_000);
    await copy.press('Escape');
    await waitForCardClosed(copy);
    // Now this page's own fact-check: no longer marked as checked elsewhere.
    await pollFor(async () => (await marksDrawn(copy)) === 0 || undefined, 15_000, 'the mark stayed');
    await copy.close();
  });
});

describe.each(BROWSERS)('"checked elsewhere" marks on a moving page in %s', (name) => {
  const e2e = useExtensionBrowser(name);

  test('the marks move with their sentence when the page inserts a block above it', async () => {
    await checkDemoClaimFalse(e2e.browser(), e2e.server().url('articles/demo-fr.html'));
    const copy = await e2e.browser().newPage(e2e.server().otherSiteUrl('pages/demo-fr-republished.html'));
    await waitForClaimHighlights(copy);
    // A root element of fixed height (common): its own size never changes.
    await copy.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'html { height: 100%; }';
      document.head.append(style);
    });
    await pointInText(copy, DEMO_CLAIM_REWORDED);
    const firstMarkTop = () =>
      copy.inClosedRoot('factmark-marks', (root) => {
        const mark = root.querySelector<HTMLElement>('div div');
        return mark ? Math.round(mark.getBoundingClientRect().top) : null;
      });
    const before = await pollFor(async () => (await firstMarkTop()) ?? undefined, 15_000, 'no mark drawn');
    // An advert or an image loads above the sentence.
    await copy.evaluate(
      (words) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.includes(words)) continue;
          const block = document.createElement('div');
          block.style.height = '150px';
          node.parentElement?.closest('p')?.before(block);
          return;
        }
      },
      DEMO_CLAIM_REWORDED.slice(0, 25),
    );
    let now: number | null = null;
    await pollFor(
      async () => {
        now = await firstMarkTop();
        return Math.abs((now ?? 0) - (before + 150)) <= 2 || undefined;
      },
      5_000,
      'the mark stayed behind',
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}: ${before} then ${now}`);
    });
    await copy.close();
  });
});
