/**
 * The in-page "checked elsewhere" marks: a dashed underline under each sentence of the article
 * that repeats a claim the reader checked on another page, and a small ✓ badge after it.
 *
 * A page's script reads the DOM, open shadow roots, `CSS.highlights` and every style sheet: a
 * highlight or a class for these sentences would tell this site which claims the reader checked
 * on OTHER sites. So the marks are drawn only in a closed layer of their own (mark-layer.ts, whose
 * host the page sees the same with or without a memory), as boxes moved on scroll and resize.
 * Opening the earlier check goes through the claim as today (click, keyboard, selection): the
 * card shows it (card-host.tsx).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ExtractedArticle } from '../../core/article/types';
import type { AlreadyCheckedPassage } from '../../core/messaging/page-state';
import { VERDICT_COLOURS } from '../../core/model/verdict';
import { mountMarkLayer } from './mark-layer';
import { passageRanges } from './passage-ranges';
import { showUnfindable } from './unfindable-text';

/** Marks the page's sentences checked elsewhere (none for an empty list). */
export type MemoryMarksView = (
  article: ExtractedArticle | null,
  passages: readonly AlreadyCheckedPassage[],
) => void;

/** A neutral ink for a published review without a verdict Factmark can read. */
const NO_VERDICT_COLOUR = '#5b4a8b';

function underline(rect: DOMRect, colour: string): HTMLElement {
  const mark = document.createElement('div');
  mark.style.cssText =
    `position:absolute;pointer-events:none;left:${rect.left}px;top:${rect.bottom - 1}px;` +
    `width:${rect.width}px;height:0;border-bottom:2px dashed ${colour}`;
  return mark;
}

function badge(rect: DOMRect, colour: string): HTMLElement {
  const mark = document.createElement('div');
  showUnfindable(mark, '✓');
  mark.style.cssText =
    `position:absolute;pointer-events:none;left:${rect.right + 2}px;top:${rect.top - 6}px;` +
    'width:14px;height:14px;border-radius:7px;font:bold 10px/14px system-ui,sans-serif;' +
    `text-align:center;color:#fff;background:${colour}`;
  return mark;
}

/** A passage to mark, found in the live page once per new list, not at every frame. */
interface MarkedPassage {
  ranges: Range[];
  colour: string;
}

/** Where a passage's lines are now: the same rects give the same marks, left as they are. */
const placeKey = (rects: readonly DOMRect[]) =>
  rects.map((rect) => `${rect.left},${rect.top},${rect.width},${rect.height}`).join(';');

export async function installMemoryMarks(ctx: ContentScriptContext): Promise<MemoryMarksView> {
  let marked: MarkedPassage[] = [];
  let drawnAt = '';
  const layer = await mountMarkLayer(ctx, 'factmark-marks', (into, inView) => {
    const placed = marked.map(({ ranges, colour }) => ({
      colour,
      rects: ranges.flatMap((range) => inView.boxesOf(range)),
    }));
    const at = placed.map(({ colour, rects }) => `${colour}:${placeKey(rects)}`).join('|');
    return () => {
      if (at === drawnAt) return;
      drawnAt = at;
      const marks: HTMLElement[] = [];
      for (const { colour, rects } of placed) {
        for (const rect of rects) marks.push(underline(rect, colour));
        const last = rects.at(-1);
        if (last) marks.push(badge(last, colour));
      }
      into.replaceChildren(...marks);
    };
  });

  return (article, passages) => {
    marked = article
      ? passages.map((passage) => ({
          ranges: passageRanges(document, article, passage),
          colour: passage.earlier.verdict ? VERDICT_COLOURS[passage.earlier.verdict] : NO_VERDICT_COLOUR,
        }))
      : [];
    layer.redraw();
  };
}
