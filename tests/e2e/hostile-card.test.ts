/**
 * The page is hostile while the reader works in the card. Its script listens, in the capture
 * phase, on its window and document to every event a key press, typed text, a click or a focus
 * change sends on its way to its target, and it measures the card by hit-testing the viewport.
 * The card is an extension page in a frame: the page sees none of the reader's keys or text, and
 * the card's box is the same whatever it holds. The page can still draw over the card; where the
 * browser tells the card so (Chromium), a click on it then counts for nothing.
 */
import { describe, expect, test } from 'vitest';
import {
  actInCard,
  cardBox,
  inCard,
  openCardOn,
  saveStatus,
  scrollSentenceTo,
  textInCard,
  waitForCardClosed,
  waitForSaved,
} from './harness/card';
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

/** Where the card's verdict `value` (its radio button) is, in the page's viewport (CSS pixels). */
async function verdictPoint(page: PageHandle, value: string): Promise<{ x: number; y: number }> {
  const frame = await cardBox(page);
  const radio = await inCard(
    page,
    (root, wanted) => {
      const radio = root.querySelector(`input[value="${wanted}"]`) as HTMLElement;
      const { left, top, width, height } = radio.getBoundingClientRect();
      return { x: left + width / 2, y: top + height / 2 };
    },
    value,
  );
  if (!frame || !radio) throw new Error('No card open');
  return { x: frame.left + radio.x, y: frame.top + radio.y };
}

/** The verdict checked in the card, or null. */
function checkedVerdict(page: PageHandle): Promise<string | null> {
  return inCard(
    page,
    (root) => root.querySelector<HTMLInputElement>('.fm-verdicts input:checked')?.value ?? null,
  );
}

/**
 * The page's cover: a popover in the top layer, over everything of the page and of Factmark's,
 * drawing a fake card that lets the pointer through to the real one.
 */
function coverTheCard(page: PageHandle, shown: boolean): Promise<void> {
  return page.evaluate((show) => {
    let cover = document.getElementById('cover');
    if (!cover) {
      cover = document.createElement('div');
      cover.id = 'cover';
      cover.popover = 'manual';
      cover.textContent = 'Click "False" to continue reading';
      cover.style.cssText =
        'pointer-events:none;position:fixed;inset:0;margin:0;width:auto;height:auto;border:0;background:#fff';
      document.body.append(cover);
    }
    if (show) cover.showPopover();
    else cover.hidePopover();
  }, shown);
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

  // Firefox cannot tell a frame it is covered (no IntersectionObserver v2): README, Known gaps.
  test.runIf(name === 'chromium')(
    'takes no click on the card while the page draws over it, and says so',
    async () => {
      const page = await e2e.browser().newPage(e2e.server().url('articles/demo-fr.html'));
      try {
        await waitForClaimHighlights(page);
        await openCardOn(page, CLAIM);
        const falseVerdict = await verdictPoint(page, 'false');
        await coverTheCard(page, true);
        // Well after the card came into view, so only the cover can refuse these clicks.
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        await page.clickAt(falseVerdict.x, falseVerdict.y);
        await inCard(page, () => new Promise((resolve) => requestAnimationFrame(resolve)));
        expect(await checkedVerdict(page)).toBeNull();
        expect(await textInCard(page, '[data-testid="card-click-refused"]')).toMatch(
          /recouvrait cette fiche/,
        );
        expect((await saveStatus(page)).kind).toBe('idle');

        // Uncovered, the reader's click counts once the card has been in view long enough. A click
        // the browser's late report still refuses says so again; one that counts must set the
        // verdict (the notice's redraw once undid the radio's own activation).
        await coverTheCard(page, false);
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        for (let tries = 0; tries < 10 && (await checkedVerdict(page)) === null; tries++) {
          await page.clickAt(falseVerdict.x, falseVerdict.y);
          await new Promise((resolve) => setTimeout(resolve, 300));
          if ((await checkedVerdict(page)) === null) {
            expect(await textInCard(page, '[data-testid="card-click-refused"]')).not.toBeNull();
          }
        }
        expect(await checkedVerdict(page)).toBe('false');
        await waitForSaved(page);
        expect(await textInCard(page, '[data-testid="card-click-refused"]')).toBeNull();

        // A page that keeps scrolling moves the card (it follows its claim), as it would to slip
        // a verdict under a pointer about to click: no click counts while the card moves. The
        // claim first goes near the top, where the card has room below it and is not held at the
        // viewport's edge.
        await scrollSentenceTo(page, CLAIM, 80);
        await new Promise((resolve) => setTimeout(resolve, 300));
        const trueVerdict = await verdictPoint(page, 'true');
        // One way, a pixel at a time: scrolls back and forth within one frame would not move it.
        await page.evaluate(() => {
          const shake = setInterval(() => window.scrollBy({ top: 1, behavior: 'instant' }), 100);
          Object.assign(window, { __shake: shake });
        });
        await new Promise((resolve) => setTimeout(resolve, 700));
        await page.clickAt(trueVerdict.x, trueVerdict.y);
        await new Promise((resolve) => setTimeout(resolve, 300));
        await page.evaluate(() => clearInterval((window as unknown as { __shake: number }).__shake));
        expect(await checkedVerdict(page)).toBe('false');
        expect(await textInCard(page, '[data-testid="card-click-refused"]')).not.toBeNull();

        // Still again, then moved by a translate on the page's root, which changes neither the
        // card's own style nor where its claim is: the card hears of it all the same. (A click
        // that counted would clear the notice.)
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        await page.evaluate(() => {
          // A transformed root holds the fixed card in its own scrolled box: down by the scroll,
          // then 40 px more; the body goes back up as much, so its text stays where it was.
          const down = window.scrollY + 40;
          document.documentElement.style.translate = `0 ${down}px`;
          document.body.style.translate = `0 -${down}px`;
        });
        const moved = await verdictPoint(page, 'true');
        await page.clickAt(moved.x, moved.y);
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(await checkedVerdict(page)).toBe('false');
        expect(await textInCard(page, '[data-testid="card-click-refused"]')).not.toBeNull();
        await page.press('Escape');
      } finally {
        await page.close();
      }
    },
  );
});
