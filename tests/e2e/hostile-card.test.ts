/**
 * The page is hostile while the reader works in the card. Its script listens, in the capture
 * phase, on its window and document to every event a key press, typed text, a click or a focus
 * change sends on its way to its target, and it measures the card by hit-testing the viewport.
 * The card is an extension page in a frame: the page sees none of the reader's keys or text, and
 * the card's box is the same whatever it holds.
 */
import { describe, expect, test } from 'vitest';
import { actInCard, openCardOn, waitForCardClosed, waitForSaved } from './harness/card';
import { BROWSERS } from './harness/browsers';
import { waitForClaimHighlights } from './harness/page-helpers';
import { useExtensionBrowser } from './harness/setup';
import type { PageHandle } from './harness/types';
import { DEMO_CLAIM as CLAIM } from './harness/demo-claim';

const NOTE = 'Contact au ministère';

interface Overheard {
  type: string;
  key?: string;
  data?: string | null;
}

/** The page's spy: capture listeners on its window and document, as any page may add. */
function listenAsThePage(page: PageHandle): Promise<void> {
  return page.evaluate(() => {
    const heard: Overheard[] = [];
    Object.assign(window, { __heard: heard });
    const types = [
      'keydown',
      'keypress',
      'keyup',
      'beforeinput',
      'input',
      'textInput',
      'compositionstart',
      'compositionupdate',
      'compositionend',
      'change',
      'select',
      'paste',
    ];
    for (const target of [window, document]) {
      for (const type of types) {
        target.addEventListener(
          type,
          (event) => {
            const { key } = event as KeyboardEvent;
            const { data } = event as InputEvent;
            heard.push({
              type,
              ...(key === undefined ? {} : { key }),
              ...(data === undefined ? {} : { data }),
            });
          },
          { capture: true },
        );
      }
    }
  });
}

function overheard(page: PageHandle): Promise<Overheard[]> {
  return page.evaluate(() => (window as unknown as { __heard: Overheard[] }).__heard.splice(0));
}

/** The box of the viewport's points where the card is hit (`elementFromPoint`), every 4 px. */
function cardHitBox(page: PageHandle): Promise<{ left: number; top: number; right: number; bottom: number }> {
  return page.evaluate(() => {
    const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
    for (let y = 0; y < innerHeight; y += 4) {
      for (let x = 0; x < innerWidth; x += 4) {
        if (document.elementFromPoint(x, y)?.localName !== 'factmark-card') continue;
        box.left = Math.min(box.left, x);
        box.top = Math.min(box.top, y);
        box.right = Math.max(box.right, x);
        box.bottom = Math.max(box.bottom, y);
      }
    }
    return box;
  });
}

describe.each(BROWSERS)('a hostile page while the card is open in %s', (name) => {
  const e2e = useExtensionBrowser(name);

  test('overhears none of the keys and text the reader types in the card', async () => {
    const page = await e2e.browser().newPage(e2e.server().url('articles/demo-fr.html'));
    try {
      await waitForClaimHighlights(page);
      await listenAsThePage(page);
      // The spy works: keys typed in the page itself reach it.
      await page.bringToFront();
      await page.press('x');
      expect((await overheard(page)).map((event) => event.key)).toContain('x');

      await openCardOn(page, CLAIM);
      await overheard(page);
      await actInCard(page, [{ kind: 'input', selector: 'textarea', value: NOTE }]);
      await waitForSaved(page);
      expect(await overheard(page)).toEqual([]);
      await page.press('Escape');
      await waitForCardClosed(page);
    } finally {
      await page.close();
    }
  });

  test('measures the same card box whatever the card holds', async () => {
    const page = await e2e.browser().newPage(e2e.server().url('articles/demo-fr.html'));
    try {
      await waitForClaimHighlights(page);
      await openCardOn(page, CLAIM);
      const empty = await cardHitBox(page);
      expect(empty.bottom - empty.top).toBeGreaterThan(100);
      // Two sources make the card's content taller; the page must not see it.
      await actInCard(page, [
        { kind: 'click', selector: '.fm-sources > .fm-button' },
        { kind: 'click', selector: '.fm-sources > .fm-button' },
      ]);
      expect(await cardHitBox(page)).toEqual(empty);
      await page.press('Escape');
    } finally {
      await page.close();
    }
  });
});
