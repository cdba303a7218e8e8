/**
 * Page object for the in-page annotation card. The card is an extension page (`/card.html`) in a
 * frame inside a *closed* shadow root (`<factmark-card>`), which the page's script cannot reach;
 * these helpers reach the frame's document through the browser's remote protocol
 * (`inExtensionFrame`) to read it and to move focus, and act only through real input (keys typed,
 * real clicks), as a reader does.
 */
import type { PageHandle } from './types';

const CARD = 'factmark-card';
/** The extension page the card is shown in, in a frame. */
export const CARD_PAGE = '/card.html';

/** A box in viewport coordinates (CSS pixels). */
export interface ViewportBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A claim's box and a point on its first line. */
export type ClaimBox = ViewportBox & { x: number; y: number };

/** Scrolls the page so that the sentence's top is at `y` (viewport px); returns its box. */
export function scrollSentenceTo(page: PageHandle, sentence: string, y: number): Promise<ClaimBox> {
  return page.evaluate(
    async ({ wanted, at }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = node.textContent?.indexOf(wanted) ?? -1;
        if (index < 0) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + wanted.length);
        window.scrollBy({ top: range.getBoundingClientRect().top - at, behavior: 'instant' });
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const { left, top, right, bottom } = range.getBoundingClientRect();
        const first = range.getClientRects()[0] ?? range.getBoundingClientRect();
        return { left, top, right, bottom, x: first.left + first.width / 2, y: first.top + first.height / 2 };
      }
      throw new Error(`Text not on the page: ${wanted}`);
    },
    { wanted: sentence, at: y },
  );
}

/** The card's box in the viewport, its frame's (null when closed). */
export function cardBox(page: PageHandle): Promise<ViewportBox | null> {
  return page.inClosedRoot('factmark-card', async (root) => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const card = root.querySelector('iframe');
    if (!card) return null;
    const { left, top, right, bottom } = card.getBoundingClientRect();
    return { left, top, right, bottom };
  });
}

/**
 * Scrolls the sentence into view and returns a viewport point on it that the reader can see: the
 * middle of the sentence, or else the first point across its line boxes (middle, then near each
 * end) that Factmark's own UI (an open card, say) does not cover.
 */
export function pointInText(page: PageHandle, sentence: string): Promise<{ x: number; y: number }> {
  return pointOnSentence(page, { wanted: sentence, scroll: true, avoid: null });
}

/**
 * A point on the sentence where it is now (no scrolling) and outside `avoid`: where a card about
 * to open will be, say, so that a click there reaches the text whatever the card's timing.
 */
export function pointInTextOutside(
  page: PageHandle,
  sentence: string,
  avoid: ViewportBox,
): Promise<{ x: number; y: number }> {
  return pointOnSentence(page, { wanted: sentence, scroll: false, avoid });
}

function pointOnSentence(
  page: PageHandle,
  where: { wanted: string; scroll: boolean; avoid: ViewportBox | null },
): Promise<{ x: number; y: number }> {
  return page.evaluate(async ({ wanted, scroll, avoid }) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      if (scroll) {
        node.parentElement?.scrollIntoView({ block: 'center' });
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      const range = document.createRange();
      range.setStart(node, at + Math.floor(wanted.length / 2));
      range.setEnd(node, at + Math.floor(wanted.length / 2) + 1);
      const middle = range.getBoundingClientRect();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const candidates = [middle, ...range.getClientRects()].flatMap((rect) =>
        [0.5, 0.1, 0.9].map((across) => ({
          x: rect.left + rect.width * across,
          y: rect.top + rect.height / 2,
        })),
      );
      const outside = ({ x, y }: { x: number; y: number }) =>
        !avoid || x < avoid.left || x > avoid.right || y < avoid.top || y > avoid.bottom;
      const visible = candidates.find(
        (point) =>
          outside(point) &&
          point.y >= 0 &&
          point.y <= innerHeight &&
          !document.elementFromPoint(point.x, point.y)?.localName.startsWith('factmark-'),
      );
      if (visible) return visible;
      if (avoid) throw new Error(`No point of the sentence in view outside the box: ${wanted}`);
      return { x: middle.left + middle.width / 2, y: middle.top + middle.height / 2 };
    }
    throw new Error(`Text not on the page: ${wanted}`);
  }, where);
}

/** Clicks in the middle of a sentence of the page, as a reader clicks a highlighted claim. */
export async function clickText(page: PageHandle, sentence: string): Promise<void> {
  await page.bringToFront();
  const { x, y } = await pointInText(page, sentence);
  await page.clickAt(x, y);
}

/** Clicks the sentence, as a reader clicks a highlighted claim, and waits until its card holds focus. */
export async function openCardOn(page: PageHandle, sentence: string): Promise<void> {
  await clickText(page, sentence);
  await waitForCard(page);
}

/** Polls `check` until it is true; rejects with `what` after `timeoutMs`. */
async function until(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs `fn` with the card frame's document (null when no card is open). */
export function inCard<T, A = null>(
  page: PageHandle,
  fn: (root: Document, arg: A) => T | Promise<T>,
  arg?: A,
): Promise<T | null> {
  return page.inExtensionFrame(CARD_PAGE, fn, arg);
}

/**
 * Waits until the card is open and has moved focus to its first control. The card focuses it in
 * an effect that runs after its first paint: acting before that, a key meant for another control
 * would land on the close button once focus moves (seen in Firefox: a typed space closed the card).
 */
export function waitForCard(page: PageHandle): Promise<void> {
  return until(
    async () =>
      (await inCard(
        page,
        (root) =>
          root.querySelector('[data-testid="factmark-card"]') !== null &&
          root.hasFocus() &&
          root.activeElement !== root.body,
      )) === true,
    'the card to open and take focus',
  );
}

export function cardIsOpen(page: PageHandle): Promise<boolean> {
  return page.evaluate(() => document.querySelector('factmark-card') !== null);
}

export function waitForCardClosed(page: PageHandle): Promise<void> {
  return page.waitForFunction(() => document.querySelector('factmark-card') === null);
}

type CardAction =
  | { kind: 'click'; selector: string; index?: number }
  | { kind: 'input'; selector: string; index?: number; value: string };

/** Focuses the control (and selects its text, so typing replaces it); false when it is missing. */
function focusControl(page: PageHandle, selector: string, index: number): Promise<boolean | null> {
  return inCard(
    page,
    (root, target) => {
      const element = root.querySelectorAll<HTMLElement>(target.selector)[target.index];
      if (!element) return false;
      element.focus();
      if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) element.select();
      return true;
    },
    { selector, index },
  );
}

/**
 * Clicks or types into controls of the card (all matches of `selector`, pick by `index`) as a
 * reader does from the keyboard: focus moves to the control, then Space activates it (buttons,
 * radios) or the text is typed key by key. Each step waits for the card's re-render.
 */
export async function actInCard(page: PageHandle, actions: CardAction[]): Promise<void> {
  await page.bringToFront();
  for (const step of actions) {
    const index = step.index ?? 0;
    await until(
      async () => (await focusControl(page, step.selector, index)) === true,
      `${step.selector} in the card`,
    );
    if (step.kind === 'click') await page.press(' ');
    else await page.type(step.value);
    // The card's re-render and its effects (focus moved to a new source's link, say) run in its
    // frame, after the frame's next paint: wait for that, not for the page's.
    await inCard(page, () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  }
}

/** The card's save status: `saving`, `saved`, `failed` or `idle`, and its words. */
export async function saveStatus(page: PageHandle): Promise<{ kind: string; text: string }> {
  const status = await inCard(page, (root) => {
    const element = root.querySelector('[data-testid="save-status"]');
    return { kind: element?.getAttribute('data-kind') ?? 'closed', text: element?.textContent ?? '' };
  });
  return status ?? { kind: 'closed', text: '' };
}

export async function waitForSaveStatus(page: PageHandle, kind: string): Promise<void> {
  let seen = { kind: 'unread', text: '' };
  try {
    await until(async () => {
      seen = await saveStatus(page);
      return seen.kind === kind;
    }, `the card's status "${kind}"`);
  } catch (error) {
    throw new Error(`${(error as Error).message}; it was "${seen.kind}" (${seen.text})`);
  }
}

export function waitForSaved(page: PageHandle): Promise<void> {
  return waitForSaveStatus(page, 'saved');
}

/** Texts of the alerts shown in the card (invalid links). */
export async function cardAlerts(page: PageHandle): Promise<string[]> {
  return (
    (await inCard(page, (root) =>
      [...root.querySelectorAll('[role="alert"]')].map((alert) => alert.textContent ?? ''),
    )) ?? []
  );
}

/** The text of the first element matching `selector` in the card, or null. */
export function textInCard(page: PageHandle, selector: string): Promise<string | null> {
  return inCard(page, (root, target) => root.querySelector(target)?.textContent ?? null, selector);
}

/** Describes the element that has focus, looking inside Factmark's closed shadow roots. */
export async function focusedControl(page: PageHandle): Promise<string> {
  const host = await page.evaluate(() => document.activeElement?.localName ?? 'none');
  if (!host.startsWith('factmark-')) {
    return page.evaluate(() => {
      const element = document.activeElement;
      if (!element) return 'none';
      const label = element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '';
      return `${element.localName}${element.id ? `#${element.id}` : ''}[${label}]`;
    });
  }
  const inHost = <T>(fn: (root: Document | ShadowRoot) => T) =>
    host === CARD ? inCard(page, fn) : page.inClosedRoot(host, fn);
  return (
    (await inHost((root) => {
      const element = root.activeElement;
      if (!element) return 'none';
      const label =
        element.getAttribute('aria-label') ??
        (element instanceof HTMLInputElement ? element.value : (element.textContent?.trim() ?? ''));
      return `${element.localName}${element.id ? `#${element.id}` : ''}[${label}]`;
    })) ?? 'none'
  );
}

/** Waits until `focusedControl` describes the focused element as `expected` (focus moves after a render). */
export async function waitForFocus(page: PageHandle, expected: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let seen = await focusedControl(page);
  while (seen !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    seen = await focusedControl(page);
  }
  if (seen !== expected) throw new Error(`focus is on ${seen}, expected ${expected}`);
}
