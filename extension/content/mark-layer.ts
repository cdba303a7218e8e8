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
 *   resize, a change of the page's size or of its DOM, at most once per frame, every layer of
 *   the content script in the same frame from one set of listeners (`pageMoves`);
 * - the layer is above the page, so a line the page covers (a sticky header, a cookie banner, a
 *   dialog) is left unmarked, as the page's own text is hidden there (`lineBoxesInView`).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createOwnUi } from './own-ui';
import { measured } from './timing';

const LAYER_STYLE =
  'position:fixed;inset:0;overflow:hidden;pointer-events:none;contain:strict;z-index:2147483646;margin:0;padding:0';

/** The part of the viewport where some content can show, in viewport pixels. */
interface Area {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * What a draw asks of the page: the boxes of a range's lines that are in view. One per frame for
 * every layer, so passages in the same boxes share one walk up their ancestors.
 */
export interface InView {
  boxesOf(range: Range): DOMRect[];
}

/**
 * Draws the marks in two steps: it reads where the lines are (`inView`, no change to any DOM) and
 * returns the step that puts the boxes into the layer. Every layer reads before any writes: a
 * write between two reads would make the browser lay the page out again for the second.
 */
export type DrawMarks = (layer: HTMLElement, inView: InView) => () => void;

export interface MarkLayer {
  /** Draws now (what is shown changed). */
  drawNow(): void;
  /** Draws at the next animation frame; calls within one frame draw once. */
  redraw(): void;
}

const viewport = (height: number): Area => ({ left: 0, top: 0, right: window.innerWidth, bottom: height });

/** The page as it is laid out now: the viewport `height` high, and the areas found so far. */
function inViewNow(): InView {
  const height = window.innerHeight;
  const areas = new Map<Element, Area>();
  return { boxesOf: (range) => lineBoxesInView(range, height, areas) };
}

/**
 * The boxes of a range's lines that are in the viewport (`height` high) and not covered by the
 * page. One hit test per line, at its middle: a line half under a sticky header is marked or
 * not by which covers its middle, at one `elementFromPoint` per line per frame rather than one
 * per corner. Lines out of the viewport cost only their boxes: no style is read for them.
 */
function lineBoxesInView(range: Range, height: number, areas: Map<Element, Area>): DOMRect[] {
  const view = viewport(height);
  const lines = [...range.getClientRects()].filter((rect) => overlaps(rect, view));
  if (lines.length === 0) return lines;
  const container = range.commonAncestorContainer;
  const own = container instanceof Element ? container : container.parentElement;
  const area = own ? shownArea(own, height, areas) : view;
  return lines.filter((rect) => {
    // A line scrolled out of an inner scrolling box (or clipped by it) is outside the area where
    // its text can show; there `elementFromPoint` would answer the box's ancestor, as over text.
    if (!overlaps(rect, area)) return false;
    const x = Math.min(Math.max(rect.left + rect.width / 2, area.left), area.right - 1);
    const y = Math.min(Math.max(rect.top + rect.height / 2, area.top), area.bottom - 1);
    const hit = document.elementFromPoint(x, y);
    return !hit || !own || own.contains(hit) || hit.contains(own);
  });
}

function overlaps(rect: DOMRect, area: Area): boolean {
  return (
    rect.width > 0 &&
    rect.right > area.left &&
    rect.left < area.right &&
    rect.bottom > area.top &&
    rect.top < area.bottom
  );
}

/**
 * The part of the viewport (`height` high) where `element`'s content can show: inside every
 * ancestor that clips its overflow (a scrolling box, `overflow: hidden`), up to the body, whose
 * overflow is the viewport's, or to a fixed box, placed against the viewport. Each element's
 * area is kept in `areas` for the rest of the draw.
 */
function shownArea(element: Element | null, height: number, areas: Map<Element, Area>): Area {
  if (!element || element === document.body) return viewport(height);
  const known = areas.get(element);
  if (known) return known;
  const style = getComputedStyle(element);
  let area: Area;
  if (style.position === 'fixed') {
    area = viewport(height);
  } else {
    area = { ...shownArea(element.parentElement, height, areas) };
    const clipsX = style.overflowX !== 'visible';
    const clipsY = style.overflowY !== 'visible';
    if (clipsX || clipsY) {
      const box = element.getBoundingClientRect();
      if (clipsX) {
        area.left = Math.max(area.left, box.left);
        area.right = Math.min(area.right, box.right);
      }
      if (clipsY) {
        area.top = Math.max(area.top, box.top);
        area.bottom = Math.min(area.bottom, box.bottom);
      }
    }
  }
  areas.set(element, area);
  return area;
}

/** A layer's draw: reads with `inView`, returns its writes. */
type LayerDraw = (inView: InView) => () => void;

/** The layers of one content script, drawn again together when the page's text may have moved. */
interface PageMoves {
  /** Adds a layer's draw; it runs at the next frame after any move, or after `soon(draw)`. */
  add(draw: LayerDraw): void;
  /** Draws this layer at the next frame (with any other a move made due). */
  soon(draw: LayerDraw): void;
}

const movesOf = new WeakMap<ContentScriptContext, PageMoves>();

/**
 * Watches the page once for all of a content script's layers: one set of listeners and observers,
 * one frame, one `InView` for every layer that draws in it.
 */
function pageMoves(ctx: ContentScriptContext): PageMoves {
  const known = movesOf.get(ctx);
  if (known) return known;
  const layers = new Set<LayerDraw>();
  const due = new Set<LayerDraw>();
  let pending = false;
  const frame = () => {
    if (pending) return;
    pending = true;
    ctx.requestAnimationFrame(() => {
      pending = false;
      const drawing = [...due];
      due.clear();
      measured('factmark:marks', () => {
        const inView = inViewNow();
        const writes = drawing.map((draw) => draw(inView));
        for (const write of writes) write();
      });
    });
  };
  const moved = () => {
    for (const draw of layers) due.add(draw);
    frame();
  };
  // Capture: a scrolling element inside the page moves its sentences too.
  ctx.addEventListener(document, 'scroll', moved, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', moved, { passive: true });
  const resized = new ResizeObserver(moved);
  // The page's text moves when the body grows (an image, an advert loaded), also when the root
  // element's own height is fixed (`html { height: 100% }`).
  resized.observe(document.documentElement);
  if (document.body) resized.observe(document.body);
  // Text also moves with no scroll and no change of size: a transform or a class set by the
  // page's script, words inserted before a claim. Any such change draws again, at most once a
  // frame: on a page that changes itself all the time that is one draw per frame (its lines'
  // boxes and one hit test per line in view), the price of marks that stay on their words. A
  // CSS animation that moves text changes nothing observable and is followed at its next change.
  const changed = new MutationObserver(moved);
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
  const moves: PageMoves = {
    add: (draw) => void layers.add(draw),
    soon: (draw) => {
      due.add(draw);
      frame();
    },
  };
  movesOf.set(ctx, moves);
  return moves;
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

  const drawIn: LayerDraw = (inView) => (layer ? draw(layer, inView) : () => undefined);
  const moves = pageMoves(ctx);
  moves.add(drawIn);
  return { drawNow: () => drawIn(inViewNow())(), redraw: () => moves.soon(drawIn) };
}
