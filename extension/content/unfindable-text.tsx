/**
 * Words Factmark draws on the page that the page's own script cannot find. A closed shadow root
 * hides its nodes from the DOM, not from the browser's text search: `window.find` searches the
 * flat tree, closed roots included, in Chromium and in Firefox, and in Firefox the selection it
 * makes even hands the page the text node inside the root, and from it the root. A page could so
 * test, at each move of the reader's pointer, which verdict the tooltip shows, or which sentences
 * the claim memory marked. Text drawn as CSS generated content from an attribute is shown, and
 * read by screen readers, but is no node: neither text search nor any selection reaches it
 * (`tests/e2e/hostile-page.test.ts` searches for each). So no text node goes into Factmark's
 * in-page roots: every word they show goes through here.
 */

/** The attribute whose value an element of Factmark's in-page UI shows as its text. */
const TEXT_ATTRIBUTE = 'data-fm-text';

/** The rule that draws it, given to every in-page root with its styles (own-ui.ts). */
export const UNFINDABLE_TEXT_CSS = `[${TEXT_ATTRIBUTE}]::before { content: attr(${TEXT_ATTRIBUTE}); }`;

/** Shows `text` as `element`'s text ('' shows nothing). */
export function showUnfindable(element: HTMLElement, text: string): void {
  element.setAttribute(TEXT_ATTRIBUTE, text);
}

/** `text` shown in a span, for Preact; `decorative` leaves it out of what screen readers read. */
export function UnfindableText({ text, decorative = false }: { text: string; decorative?: boolean }) {
  return <span {...{ [TEXT_ATTRIBUTE]: text }} aria-hidden={decorative ? 'true' : undefined} />;
}
