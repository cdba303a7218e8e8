/**
 * Page object for the in-page annotation card and the highlights it colours. The card lives in
 * an open shadow root (`<factmark-card>`); these helpers reach into it from the page.
 */
import type { PageHandle } from './types';

/** Scrolls the sentence into view and returns the viewport point at its middle. */
export async function pointInText(page: PageHandle, sentence: string): Promise<{ x: number; y: number }> {
  return page.evaluate(async (wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center' });
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const range = document.createRange();
      range.setStart(node, at + Math.floor(wanted.length / 2));
      range.setEnd(node, at + Math.floor(wanted.length / 2) + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`Text not on the page: ${wanted}`);
  }, sentence);
}

/** Clicks in the middle of a sentence of the page, as a reader clicks a highlighted claim. */
export async function clickText(page: PageHandle, sentence: string): Promise<void> {
  const { x, y } = await pointInText(page, sentence);
  await page.clickAt(x, y);
}

export function waitForCard(page: PageHandle): Promise<void> {
  return page.waitForFunction(
    () =>
      document.querySelector('factmark-card')?.shadowRoot?.querySelector('[data-testid="factmark-card"]') !=
      null,
  );
}

export function cardIsOpen(page: PageHandle): Promise<boolean> {
  return page.evaluate(() => document.querySelector('factmark-card') !== null);
}

type CardAction =
  | { kind: 'click'; selector: string; index?: number }
  | { kind: 'input'; selector: string; index?: number; value: string };

/**
 * Clicks or types into controls of the card (all matches of `selector`, pick by `index`), one
 * step per animation frame so the card has re-rendered before the next step looks for a control.
 */
export function actInCard(page: PageHandle, actions: CardAction[]): Promise<void> {
  return page.evaluate(async (steps) => {
    const root = document.querySelector('factmark-card')?.shadowRoot;
    if (!root) throw new Error('The card is not open');
    for (const step of steps) {
      const element = root.querySelectorAll<HTMLInputElement>(step.selector)[step.index ?? 0];
      if (!element) throw new Error(`No ${step.selector} in the card`);
      if (step.kind === 'click') element.click();
      else {
        element.value = step.value;
        element.dispatchEvent(new Event('input', { bubbles: true }));
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }, actions);
}

/** The card's save status: `saving`, `saved`, `failed` or `idle`, and its words. */
export function saveStatus(page: PageHandle): Promise<{ kind: string; text: string }> {
  return page.evaluate(() => {
    const status = document
      .querySelector('factmark-card')
      ?.shadowRoot?.querySelector('[data-testid="save-status"]');
    return { kind: status?.getAttribute('data-kind') ?? 'closed', text: status?.textContent ?? '' };
  });
}

export function waitForSaved(page: PageHandle): Promise<void> {
  return page.waitForFunction(
    () =>
      document
        .querySelector('factmark-card')
        ?.shadowRoot?.querySelector('[data-testid="save-status"]')
        ?.getAttribute('data-kind') === 'saved',
  );
}

/** Texts of the alerts shown in the card (invalid links). */
export function cardAlerts(page: PageHandle): Promise<string[]> {
  return page.evaluate(() =>
    [...(document.querySelector('factmark-card')?.shadowRoot?.querySelectorAll('[role="alert"]') ?? [])].map(
      (alert) => alert.textContent ?? '',
    ),
  );
}

/** Describes the element that has focus, looking inside the card's shadow root. */
export function focusedControl(page: PageHandle): Promise<string> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return 'none';
    const label =
      active.getAttribute('aria-label') ??
      (active instanceof HTMLInputElement ? active.value : (active.textContent?.trim() ?? ''));
    return `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}[${label}]`;
  });
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
