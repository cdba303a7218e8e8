/**
 * The in-page "checked elsewhere" marks: a dashed underline under each sentence of the article
 * that repeats a claim the reader checked on another page, and a small ✓ badge after it.
 *
 * A page's script reads the DOM, open shadow roots, `CSS.highlights` (names and ranges) and our
 * <style>: a highlight or a class for these sentences would tell this site which claims the
 * reader checked on OTHER sites. So the marks are drawn only inside a closed shadow root, as
 * boxes placed from the sentences' `Range.getClientRects()` and moved on scroll and resize:
 * - the host is mounted once per page load, before any look-up, whether or not anything is
 *   marked, and never changes: the page sees the same element with or without a memory;
 * - its layer is `position: fixed` over the viewport with `overflow: hidden`, so the host's box,
 *   the document's size and scroll extent do not depend on the marks;
 * - every mark has `pointer-events: none`: `elementFromPoint` over a marked sentence answers the
 *   page's own element, as over any other, and the reader's clicks reach the page as before.
 * Opening the earlier check goes through the claim as today (click, keyboard, selection): the
 * card shows it (card-host.tsx).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { rangesForOffsets } from '../../core/article/text-range';
import type { ExtractedArticle } from '../../core/article/types';
import type { AlreadyCheckedPassage } from '../../core/messaging/page-state';
import { VERDICT_COLOURS } from '../../core/model/verdict';
import { createOwnUi } from './own-ui';

/** Marks the page's sentences checked elsewhere (none for an empty list). */
export type MemoryMarksView = (
  article: ExtractedArticle | null,
  passages: readonly AlreadyCheckedPassage[],
) => void;

/** A neutral ink for a published review without a verdict Factmark can read. */
const NO_VERDICT_COLOUR = '#5b4a8b';

const LAYER_STYLE =
  'position:fixed;inset:0;overflow:hidden;pointer-events:none;contain:strict;z-index:2147483646;margin:0;padding:0';

function underline(rect: DOMRect, colour: string): HTMLElement {
  const mark = document.createElement('div');
  mark.style.cssText =
    `position:absolute;pointer-events:none;left:${rect.left}px;top:${rect.bottom - 1}px;` +
    `width:${rect.width}px;height:0;border-bottom:2px dashed ${colour}`;
  return mark;
}

function badge(rect: DOMRect, colour: string): HTMLElement {
  const mark = document.createElement('div');
  mark.textContent = '✓';
  mark.style.cssText =
    `position:absolute;pointer-events:none;left:${rect.right + 2}px;top:${rect.top - 6}px;` +
    'width:14px;height:14px;border-radius:7px;font:bold 10px/14px system-ui,sans-serif;' +
    `text-align:center;color:#fff;background:${colour}`;
  return mark;
}

export async function installMemoryMarks(ctx: ContentScriptContext): Promise<MemoryMarksView> {
  let article: ExtractedArticle | null = null;
  let passages: readonly AlreadyCheckedPassage[] = [];
  let layer: HTMLElement | null = null;
  const ui = await createOwnUi(ctx, 'factmark-marks', {
    onMount: (container) => {
      layer = document.createElement('div');
      layer.setAttribute('aria-hidden', 'true');
      layer.style.cssText = LAYER_STYLE;
      container.append(layer);
    },
  });
  ui.mount();

  const draw = () => {
    if (!layer) return;
    const marks: HTMLElement[] = [];
    const height = window.innerHeight;
    for (const passage of article ? passages : []) {
      const colour = passage.earlier.verdict ? VERDICT_COLOURS[passage.earlier.verdict] : NO_VERDICT_COLOUR;
      const rects = rangesForOffsets(article as ExtractedArticle, passage.start, passage.end)
        .flatMap((range) => [...range.getClientRects()])
        .filter((rect) => rect.width > 0 && rect.bottom >= 0 && rect.top <= height);
      for (const rect of rects) marks.push(underline(rect, colour));
      const last = rects.at(-1);
      if (last) marks.push(badge(last, colour));
    }
    layer.replaceChildren(...marks);
  };

  let pending = false;
  const redraw = () => {
    if (pending) return;
    pending = true;
    ctx.requestAnimationFrame(() => {
      pending = false;
      draw();
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
  ctx.onInvalidated(() => resized.disconnect());

  return (nextArticle, nextPassages) => {
    article = nextArticle;
    passages = nextPassages;
    redraw();
  };
}
