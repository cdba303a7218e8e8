/**
 * Tells when an element's box moves on the screen, whatever moved it: its own style (the card
 * following its claim), a translate or transform the page puts on its root, a scroll. floating-ui's
 * layout-shift observer (an IntersectionObserver whose root margin is the box itself, armed again
 * after each change) notices within a frame, without polling. The card's frame uses it to hear that
 * it moved (extension/card/covered-clicks.ts).
 */
import { autoUpdate } from '@floating-ui/dom';

export function watchMoves(element: HTMLElement, onMove: () => void): () => void {
  let last = element.getBoundingClientRect();
  return autoUpdate(
    element,
    element,
    () => {
      const box = element.getBoundingClientRect();
      if (
        box.left === last.left &&
        box.top === last.top &&
        box.width === last.width &&
        box.height === last.height
      )
        return;
      last = box;
      onMove();
    },
    { ancestorScroll: false, ancestorResize: false, elementResize: false, layoutShift: true },
  );
}
