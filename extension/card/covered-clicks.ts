/**
 * The pointer acts in the card only when the reader could see the card: the page cannot see into
 * the card's frame, but it can draw over it (a popover or dialog in the top layer, an element after
 * Factmark's with the same z-index, a filter or opacity on its own root) something that lets the
 * pointer through, so that the reader clicks a verdict they do not see. It can also move the card
 * (by scrolling, since the card follows its claim, or by a translate on its own root) so that a
 * control lands under a pointer about to click; the content script says so (frame-moves.ts).
 *
 * Chromium tells a frame whether it is drawn unoccluded, unfiltered, opaque, and not transformed
 * beyond a move or an enlargement (IntersectionObserver v2: `trackVisibility`, `isVisible`). The
 * pointer's press, click and drop count only once the card has been so for `SEEN_FOR_MS`, and as
 * long since it was last drawn anew or moved (`shownAnew`); until then each is stopped before any
 * handler of the card, its default action undone (focus stays, a radio stays as it was, no text is
 * dropped), and the refusal is reported. Keys are not guarded: the page cannot send keys into the
 * card, and the keyboard is the reader's way through when the page keeps a filter on itself
 * (README, Known gaps). Firefox has no such observer, so there every click counts.
 */

/**
 * How long the card must have been in full view, unmoved, before the pointer counts. Longer
 * refuses more honest quick clicks right after the card opens; shorter lets a page take its cover
 * away as the pointer moves onto the card, leaving the reader no time to see what they click.
 * 500 ms is the input protection Chromium gives its own permission prompts after they appear.
 */
export const SEEN_FOR_MS = 500;

/**
 * How often Chromium may report a change of visibility (its minimum is 100 ms): a cover is seen
 * at most this late, and the check costs the renderer a hit test per report.
 */
const REPORT_DELAY_MS = 100;

/** The pointer's events that act in the card: pressing (focus, caret, a list opening), clicking, dropping. */
const POINTER_EVENTS = ['mousedown', 'click', 'drop'] as const;

export interface CoverGuard {
  /** The card was drawn anew or moved: the pointer counts again only after the full delay. */
  shownAnew(): void;
  stop(): void;
}

type VisibilityEntry = IntersectionObserverEntry & { isVisible: boolean };

/** Whether this browser can tell the frame it is drawn in full view (Chromium, not Firefox). */
function canTellCovered(win: Window & typeof globalThis): boolean {
  return 'IntersectionObserverEntry' in win && 'isVisible' in win.IntersectionObserverEntry.prototype;
}

/**
 * Watches the frame's visibility and guards the pointer's events in `win`'s document. Each click
 * and drop is reported after its dispatch (a redraw during it would undo a radio's activation):
 * `refused` true when it was stopped, false when it counted (a click from the keyboard counts).
 */
export function guardCoveredCard(
  win: Window & typeof globalThis,
  report: (refused: boolean) => void,
): CoverGuard {
  if (!canTellCovered(win)) return { shownAnew: () => undefined, stop: () => undefined };
  /** When the card was last seen come into full view; null while it is not (or not yet known). */
  let seenSince: number | null = null;
  /** When the card was last drawn anew or moved. */
  let shownAt = 0;
  const take = (entries: IntersectionObserverEntry[]) => {
    for (const entry of entries) {
      if (!(entry as VisibilityEntry).isVisible) seenSince = null;
      else seenSince ??= entry.time;
    }
  };
  const observer = new win.IntersectionObserver(
    take,
    // Not in lib.dom.d.ts yet: Chromium's options for IntersectionObserver v2.
    { trackVisibility: true, delay: REPORT_DELAY_MS } as IntersectionObserverInit,
  );
  observer.observe(win.document.documentElement);

  /** The pointer's last press was refused: the click that ends it is too, and says so. */
  let pressRefused = false;
  const onPointer = (event: MouseEvent) => {
    // A click from the keyboard (Space, Enter) has no count of presses; the pointer's has.
    const fromPointer = event.type !== 'click' || event.detail > 0;
    let refused = false;
    if (fromPointer) {
      // A change already computed but not yet delivered counts too.
      take(observer.takeRecords());
      refused = seenSince === null || event.timeStamp - Math.max(seenSince, shownAt) < SEEN_FOR_MS;
      if (event.type === 'mousedown') pressRefused = refused;
      else if (event.type === 'click') {
        refused ||= pressRefused;
        pressRefused = false;
      }
    }
    if (refused) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
    if (event.type !== 'mousedown') win.setTimeout(() => report(refused), 0);
  };
  for (const type of POINTER_EVENTS) win.addEventListener(type, onPointer, { capture: true });
  return {
    shownAnew() {
      shownAt = win.performance.now();
    },
    stop() {
      observer.disconnect();
      for (const type of POINTER_EVENTS) win.removeEventListener(type, onPointer, { capture: true });
    },
  };
}
