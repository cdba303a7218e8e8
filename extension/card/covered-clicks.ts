/**
 * A pointer click acts in the card only when the reader could see the card: the page cannot see
 * into the card's frame, but it can draw over it (a popover or dialog in the top layer, an element
 * after Factmark's with the same z-index, a filter or opacity on its own root) something that lets
 * the pointer through, so that the reader clicks a verdict they do not see.
 *
 * Chromium tells a frame whether it is drawn unoccluded, untransformed and opaque
 * (IntersectionObserver v2: `trackVisibility`, `isVisible`). A click with the pointer counts only
 * after the card has been so for `SEEN_FOR_MS`; until then it is stopped before any handler of the
 * card, its default action undone (a radio stays as it was), and reported. Keys are not affected:
 * the reader's focus is in the card, where the page cannot send keys. Firefox has no such
 * observer, so there every click counts (README, Known gaps).
 */

/**
 * How long the card must have been in full view before a pointer click counts. Longer refuses more
 * honest quick clicks right after the card opens; shorter lets a page take its cover away as the
 * pointer moves onto the card, leaving the reader no time to see what they are clicking. 500 ms
 * is the input protection Chromium gives its own permission prompts after they appear.
 */
export const SEEN_FOR_MS = 500;

/**
 * How often Chromium may report a change of visibility (its minimum is 100 ms): a cover is seen
 * at most this late, and the check costs the renderer a hit test per report.
 */
const REPORT_DELAY_MS = 100;

/** Whether this browser can tell the frame it is drawn in full view (Chromium, not Firefox). */
function canTellCovered(win: Window & typeof globalThis): boolean {
  return 'IntersectionObserverEntry' in win && 'isVisible' in win.IntersectionObserverEntry.prototype;
}

/**
 * Watches the frame's visibility and guards every pointer click of `win`'s document. Each such
 * click is reported: `refused` true when it was stopped. Returns the function that stops watching.
 */
export function refuseCoveredClicks(
  win: Window & typeof globalThis,
  report: (refused: boolean) => void,
): () => void {
  if (!canTellCovered(win)) return () => undefined;
  /** When the card was last seen come into full view; null while it is not in full view. */
  let seenSince: number | null = null;
  const observer = new win.IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const visible = (entry as IntersectionObserverEntry & { isVisible: boolean }).isVisible;
        if (!visible) seenSince = null;
        else seenSince ??= entry.time;
      }
    },
    // Not in lib.dom.d.ts yet: Chromium's options for IntersectionObserver v2.
    { trackVisibility: true, delay: REPORT_DELAY_MS } as IntersectionObserverInit,
  );
  observer.observe(win.document.documentElement);
  const onClick = (event: MouseEvent) => {
    // A click from the keyboard (Space, Enter) has no count of presses; the pointer's has.
    if (event.detail === 0) return;
    const refused = seenSince === null || event.timeStamp - seenSince < SEEN_FOR_MS;
    if (refused) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
    report(refused);
  };
  win.addEventListener('click', onClick, { capture: true });
  return () => {
    observer.disconnect();
    win.removeEventListener('click', onClick, { capture: true });
  };
}
