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

/** A passage's group in the layer, the ranges its boxes are drawn from, and their last styles. */
interface DrawnMark {
  group: HTMLElement;
  mark: Mark;
  styles: readonly string[];
}

/** The styles of a passage's boxes for its lines in view. */
function boxStyles(mark: Mark, inView: InView): string[] {
  const look = markLook(mark.kind);
  const styles: string[] = [];
  for (const range of mark.ranges) {
    for (const rect of inView.boxesOf(range)) styles.push(...markBoxesCss(look, rect));
  }
  return styles;
}

/**
 * Gives the group's boxes these styles, reusing the boxes already there: a box whose style is
 * unchanged is not written (a page that changes its DOM all the time, with its text in place,
 * costs the reads only), and no box is made again for a line still in view.
 */
function placeBoxes(drawnMark: DrawnMark, styles: readonly string[]): void {
  const { group, styles: before } = drawnMark;
  for (const [index, css] of styles.entries()) {
    if (before[index] === css) continue;
    const box =
      (group.children[index] as HTMLElement | undefined) ?? group.appendChild(document.createElement('div'));
    box.style.cssText = css;
  }
  while (group.childElementCount > styles.length) group.lastElementChild?.remove();
  drawnMark.styles = styles;
}

export async function installHighlighter(ctx: ContentScriptContext): Promise<Highlighter> {
  let drawn: DrawnMark[] = [];
  let regroup = false;
  const layer = await mountMarkLayer(ctx, 'factmark-highlights', (into, inView) => {
    const marks = drawn;
    const styles = marks.map(({ mark }) => boxStyles(mark, inView));
    return () => {
      if (regroup) {
        into.replaceChildren(...marks.map(({ group }) => group));
        regroup = false;
      }
      for (const [index, drawnMark] of marks.entries()) placeBoxes(drawnMark, styles[index] ?? []);
    };
  });
  const show = (marks: readonly Mark[]) => {
    drawn = marks.map((mark) => {
      const group = document.createElement('div');
      group.dataset.kind = mark.kind;
      group.dataset.text = mark.ranges.map((range) => range.toString()).join('');
      return { group, mark, styles: [] };
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
