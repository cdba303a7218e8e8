/**
 * A layer of marks drawn over the page's text, inside a closed shadow root, as boxes placed from
 * the passages' `Range.getClientRects()` (highlighter.ts, memory-marks.ts).
 *
 * A page's script reads the DOM, open shadow roots, `CSS.highlights` (names and ranges), every
 * style sheet, and what is under a point: a highlight, a class or a style for a passage would tell
 * the page what the reader saved. So:
 * - the host is mounted once per page load, before any look-up, whether or not anything is
 *   marked, and never changes: the page sees the same element with or without the reader's data;
 * - its layer is `position: fixed` over the viewport with `overflow: hidden` and `contain:
 *   strict`, so the host's box, the document's size and scroll extent do not depend on the marks;
 * - nothing in it takes the pointer (`pointer-events: none`): `elementFromPoint` and the caret
 *   under a marked passage answer the page's own text, as anywhere else, and the reader's clicks,
 *   selections and hovers reach the page as before;
 * - only the boxes of lines in the viewport are drawn, again on scroll (any element's: captured),
 *   resize, a change of the page's size or of its DOM, at most once per frame;
 * - the layer is above the page, so a line the page covers (a sticky header, a cookie banner, a
 *   dialog) is left unmarked, as the page's own text is hidden there (`lineBoxesInView`).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createOwnUi } from './own-ui';

const LAYER_STYLE =
  'position:fixed;inset:0;overflow:hidden;pointer-events:none;contain:strict;z-index:2147483646;margin:0;padding:0';

/** Draws the marks into the (emptied or reused) layer; `height` is the viewport's. */
export type DrawMarks = (layer: HTMLElement, height: number) => void;

export interface MarkLayer {
  /** Draws now (what is shown changed). */
  drawNow(): void;
  /** Draws at the next animation frame; calls within one frame draw once. */
  redraw(): void;
}

/**
 * The boxes of a range's lines that are in the viewport (`height` high) and not covered by the
 * page. One hit test per line, at its middle: a line half under a sticky header is marked or
 * not by which covers its middle, at one `elementFromPoint` per line per frame rather than one
 * per corner.
 */
export function lineBoxesInView(range: Range, height: number): DOMRect[] {
  const container = range.commonAncestorContainer;
  const own = container instanceof Element ? container : container.parentElement;
  const area = own ? shownArea(own, height) : { left: 0, top: 0, right: window.innerWidth, bottom: height };
  return [...range.getClientRects()].filter((rect) => {
    // A line scrolled out of an inner scrolling box (or clipped by it) is outside the area where
    // its text can show; there `elementFromPoint` would answer the box's ancestor, as over text.
    if (rect.width <= 0 || rect.right <= area.left || rect.left >= area.right) return false;
    if (rect.bottom <= area.top || rect.top >= area.bottom) return false;
    const x = Math.min(Math.max(rect.left + rect.width / 2, area.left), area.right - 1);
    const y = Math.min(Math.max(rect.top + rect.height / 2, area.top), area.bottom - 1);
    const hit = document.elementFromPoint(x, y);
    return !hit || !own || own.contains(hit) || hit.contains(own);
  });
}

/**
 * The part of the viewport (`height` high) where `element`'s content can show: inside every
 * ancestor that clips its overflow (a scrolling box, `overflow: hidden`), up to the body, whose
 * overflow is the viewport's.
 */
function shownArea(
  element: Element,
  height: number,
): { left: number; top: number; right: number; bottom: number } {
  const area = { left: 0, top: 0, right: window.innerWidth, bottom: height };
  for (let node: Element | null = element; node && node !== document.body; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.position === 'fixed') break;
    const clipsX = style.overflowX !== 'visible';
    const clipsY = style.overflowY !== 'visible';
    if (!clipsX && !clipsY) continue;
    const box = node.getBoundingClientRect();
    if (clipsX) {
      area.left = Math.max(area.left, box.left);
      area.right = Math.min(area.right, box.right);
    }
    if (clipsY) {
      area.top = Math.max(area.top, box.top);
      area.bottom = Math.min(area.bottom, box.bottom);
    }
  }
  return area;
}

export async function mountMarkLayer(
  ctx: ContentScriptContext,
  name: string,
  draw: DrawMarks,
): Promise<MarkLayer> {
  let layer: HTMLElement | null = null;
  const ui = await createOwnUi(ctx, name, {
    onMount: (container) => {
      layer = document.createElement('div');
      layer.setAttribute('aria-hidden', 'true');
      layer.style.cssText = LAYER_STYLE;
      container.append(layer);
    },
  });
  ui.mount();

  const drawNow = () => {
    if (layer) draw(layer, window.innerHeight);
  };
  let pending = false;
  const redraw = () => {
    if (pending) return;
    pending = true;
    ctx.requestAnimationFrame(() => {
      pending = false;
      drawNow();
    });
  };
  // Capture: a scrolling element inside the page moves its sentences too.
  ctx.addEventListener(document, 'scroll', redraw, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', redraw, { passive: true });
  const resized = new ResizeObserver(redraw);
  // The page's text moves when the body grows (an image, an advert loaded), also when the root
  // element's own height is fixed (`html { height: 100% }`).
  resized.observe(document.documentElement);
  if (document.body) resized.observe(document.body);
  // Text also moves with no scroll and no change of size: a transform or a class set by the
  // page's script, words inserted before a claim. Any such change draws again, at most once a
  // frame: on a page that changes itself all the time that is one draw per frame (its lines'
  // boxes and one hit test per line in view), the price of marks that stay on their words. A
  // CSS animation that moves text changes nothing observable and is followed at its next change.
  const changed = new MutationObserver(redraw);
  changed.observe(document.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['style', 'class', 'hidden'],
  });
  ctx.onInvalidated(() => {
    resized.disconnect();
    changed.disconnect();
  });
  return { drawNow, redraw };
}
