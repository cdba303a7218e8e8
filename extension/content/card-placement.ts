/**
 * Keeps the card beside the claim it edits, with @floating-ui/dom: below the claim when there is
 * room, above it otherwise, then beside it; shifted to stay inside the viewport; never taller
 * than the room left on its side (it scrolls inside), so it never covers the claim. It follows
 * the claim as the page scrolls or resizes (autoUpdate) until `stop` is called.
 *
 * The claim is a virtual element: highlights are Ranges, not elements, so its box is the union of
 * the claim's Ranges, read again on every update.
 */
import {
  autoUpdate,
  computePosition,
  flip,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';

/** Space kept between the card and the claim, and between the card and the viewport's edges. */
const GAP_PX = 8;
/**
 * The narrowest the card gets when placed beside a claim near the viewport's side edge; narrower
 * would wrap the verdict labels, wider would cover the claim on small windows.
 */
const MIN_WIDTH_PX = 240;

function unionRect(ranges: readonly Range[]): DOMRect {
  const rects = ranges.flatMap((range) => [...range.getClientRects()]);
  if (rects.length === 0) return new DOMRect();
  const left = Math.min(...rects.map((rect) => rect.left));
  const top = Math.min(...rects.map((rect) => rect.top));
  const right = Math.max(...rects.map((rect) => rect.right));
  const bottom = Math.max(...rects.map((rect) => rect.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
}

/** The claim as floating-ui sees it: its current box and the element whose scrolling moves it. */
export function claimReference(ranges: () => readonly Range[]): VirtualElement {
  const first = ranges()[0];
  const context = first?.startContainer.parentElement ?? undefined;
  return {
    getBoundingClientRect: () => unionRect(ranges()),
    getClientRects: () => ranges().flatMap((range) => [...range.getClientRects()]),
    ...(context ? { contextElement: context } : {}),
  };
}

/** Places `card` beside `claim` and keeps it there; returns the function that stops following. */
export function followClaim(claim: VirtualElement, card: HTMLElement): () => void {
  const update = async () => {
    // The page re-rendered the claim's nodes (its words are read again on the new ones): until
    // then the claim has no box, and the card stays where it was rather than jump to a corner.
    const box = claim.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return;
    const { x, y } = await computePosition(claim, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(GAP_PX),
        flip({
          fallbackPlacements: ['top-start', 'right-start', 'left-start'],
          fallbackStrategy: 'bestFit',
          padding: GAP_PX,
        }),
        shift({ padding: GAP_PX }),
        size({
          padding: GAP_PX,
          apply({ availableHeight, availableWidth, elements }) {
            elements.floating.style.maxHeight = `${Math.max(0, Math.floor(availableHeight))}px`;
            elements.floating.style.maxWidth = `${Math.max(MIN_WIDTH_PX, Math.floor(availableWidth))}px`;
          },
        }),
      ],
    });
    card.style.left = `${Math.round(x)}px`;
    card.style.top = `${Math.round(y)}px`;
  };
  return autoUpdate(claim, card, () => void update());
}
