/**
 * Draws every Factmark mark on the page's text (detected claims, the reader's verdicts, unrated
 * and changed fact-checks, the selected claim) in a closed layer of our own (mark-layer.ts): a
 * tint box over each line of a passage and the lines of its kind (mark-looks.ts).
 *
 * Nothing is registered in `CSS.highlights` and no <style> is added to the page: the page's own
 * script would read there each claim the reader checked, the verdict given, the claims dismissed
 * and which one is selected. The page sees one host, the same with or without the reader's data.
 * The page's text nodes are never changed.
 *
 * Inside the closed root each passage is a group element naming its kind and its text
 * (`data-kind`, `data-text`), holding the boxes of its lines in the viewport; a group stays when
 * none of its lines is in view. The page cannot read it; the end-to-end tests and a developer
 * in DevTools can tell from it what is marked as what, wherever it is on the page.
 *
 * When the content script is invalidated (extension reloaded or disabled), WXT removes the host
 * and the marks with it (createShadowRootUi).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { type InView, mountMarkLayer } from './mark-layer';
import { type MarkKind, markBoxesCss, markLook } from './mark-looks';

/** A passage to mark: what it shows, and where it is in the live page. */
export interface Mark {
  kind: MarkKind;
  ranges: readonly Range[];
}

export interface Highlighter {
  /** Replaces every mark at once (none for an empty list), so the page never shows a half-updated state. */
  show(marks: readonly Mark[]): void;
}

/** A passage's group in the layer, and the ranges its boxes are drawn from. */
interface DrawnMark {
  group: HTMLElement;
  mark: Mark;
}

/** A passage's boxes for the lines in view (made, not yet in the layer). */
function boxesFor(mark: Mark, inView: InView): HTMLElement[] {
  const look = markLook(mark.kind);
  const boxes: HTMLElement[] = [];
  for (const range of mark.ranges) {
    for (const rect of inView.boxesOf(range)) {
      for (const css of markBoxesCss(look, rect)) {
        const box = document.createElement('div');
        box.style.cssText = css;
        boxes.push(box);
      }
    }
  }
  return boxes;
}

export async function installHighlighter(ctx: ContentScriptContext): Promise<Highlighter> {
  let drawn: DrawnMark[] = [];
  let regroup = false;
  const layer = await mountMarkLayer(ctx, 'factmark-highlights', (into, inView) => {
    const marks = drawn;
    const boxes = marks.map(({ mark }) => boxesFor(mark, inView));
    return () => {
      if (regroup) {
        into.replaceChildren(...marks.map(({ group }) => group));
        regroup = false;
      }
      for (const [index, { group }] of marks.entries()) group.replaceChildren(...(boxes[index] ?? []));
    };
  });
  const show = (marks: readonly Mark[]) => {
    drawn = marks.map((mark) => {
      const group = document.createElement('div');
      group.dataset.kind = mark.kind;
      group.dataset.text = mark.ranges.map((range) => range.toString()).join('');
      return { group, mark };
    });
    regroup = true;
    layer.drawNow();
  };
  return { show };
}

/** Scrolls a range into the middle of the view. */
export function scrollToRange(range: Range): void {
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
