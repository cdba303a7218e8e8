/**
 * The one module that touches the live page for display: it registers CSS Custom Highlight API
 * highlights (no change to the page's text nodes) and one <style> element with their colours.
 * Highlight names all begin with `factmark`.
 *
 * - `factmark-claim`: detected claims without a fact-check;
 * - `factmark-verdict-<verdict>` and `factmark-unrated`: claims the reader fact-checked;
 * - `factmark-selected`: the claim the reader last clicked.
 */
import { VERDICT_COLOURS, VERDICTS, type Verdict } from '../../core/model/verdict';

export const CLAIM_HIGHLIGHT = 'factmark-claim';
export const SELECTED_HIGHLIGHT = 'factmark-selected';
export const UNRATED_HIGHLIGHT = 'factmark-unrated';
export const verdictHighlight = (verdict: Verdict) => `factmark-verdict-${verdict}`;

const STYLE_ID = 'factmark-highlight-style';

/**
 * Translucent backgrounds keep the page's own text colour readable on light and dark pages;
 * the underline carries the colour when the background is faint.
 */
function highlightCss(): string {
  const verdictRules = VERDICTS.map(
    (verdict) =>
      `::highlight(${verdictHighlight(verdict)}){background-color:${VERDICT_COLOURS[verdict]}40;text-decoration:underline 3px ${VERDICT_COLOURS[verdict]};}`,
  );
  return [
    `::highlight(${CLAIM_HIGHLIGHT}){background-color:rgba(255,200,0,.28);text-decoration:underline 2px dotted rgba(214,140,0,.95);}`,
    `::highlight(${UNRATED_HIGHLIGHT}){background-color:rgba(11,87,208,.18);text-decoration:underline 2px rgba(11,87,208,.9);}`,
    `::highlight(${SELECTED_HIGHLIGHT}){background-color:rgba(11,87,208,.35);}`,
    ...verdictRules,
  ].join('\n');
}

export function highlightSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Ranges per highlight name; a name missing from the map is cleared. */
export type HighlightSet = Map<string, Range[]>;

const ALL_NAMES = [CLAIM_HIGHLIGHT, SELECTED_HIGHLIGHT, UNRATED_HIGHLIGHT, ...VERDICTS.map(verdictHighlight)];

/** Replaces every Factmark highlight at once, so the page never shows a half-updated state. */
export function applyHighlights(doc: Document, set: HighlightSet): void {
  if (!highlightSupported()) return;
  if (!doc.getElementById(STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = highlightCss();
    (doc.head ?? doc.documentElement).append(style);
  }
  for (const name of ALL_NAMES) {
    const ranges = set.get(name);
    if (ranges && ranges.length > 0) CSS.highlights.set(name, new Highlight(...ranges));
    else CSS.highlights.delete(name);
  }
}

/** Removes every trace of Factmark from the page (extension reloaded or disabled). */
export function clearHighlights(doc: Document): void {
  if (!highlightSupported()) return;
  for (const name of ALL_NAMES) CSS.highlights.delete(name);
  doc.getElementById(STYLE_ID)?.remove();
}

/** Scrolls a range into the middle of the view. */
export function scrollToRange(range: Range): void {
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
