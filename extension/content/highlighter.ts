/**
 * The one module that touches the live page for display: it registers CSS Custom Highlight API
 * highlights (no change to the page's text nodes) and one <style> element with their colours.
 *
 * The page's own script sees `CSS.highlights` and that <style>, so a highlight's name says
 * nothing about what the reader saved: every name is `factmark-` and random letters drawn once
 * per page load (`HighlightNames`), with no verdict and no "checked" in it. Colours still show a
 * verdict, as the pixels on screen do.
 */
import {
  CHANGED_CLAIM_COLOUR,
  UNCHECKED_CLAIM_COLOUR,
  UNRATED_CLAIM_COLOUR,
  VERDICT_COLOURS,
  VERDICTS,
  type Verdict,
} from '../../core/model/verdict';
import { CHANGED_MARK, UNCHECKED_MARK, VERDICT_MARKS } from '../../core/model/verdict-marks';

/**
 * What a highlight shows; only this module and its caller know which name is which. `changed`: a
 * fact-checked claim whose words changed since it was checked, whatever its verdict.
 */
export type HighlightKind =
  | 'claim'
  | 'strong-claim'
  | 'selected'
  | 'unrated'
  | 'changed'
  | `verdict:${Verdict}`;

const KINDS: readonly HighlightKind[] = [
  'claim',
  'strong-claim',
  'selected',
  'unrated',
  'changed',
  ...VERDICTS.map((verdict): HighlightKind => `verdict:${verdict}`),
];

const STYLE_ID = 'factmark-highlight-style';

/** 48 random bits in base 36: unguessable, and different on every page load. */
function randomName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  const value = bytes.reduce((sum, byte) => sum * 256 + byte, 0);
  return `factmark-${value.toString(36).padStart(10, '0')}`;
}

/** The opaque name of each kind of highlight for this page load. */
export class HighlightNames {
  private readonly names = new Map<HighlightKind, string>();

  constructor() {
    const used = new Set<string>();
    for (const kind of KINDS) {
      let name = randomName();
      while (used.has(name)) name = randomName();
      used.add(name);
      this.names.set(kind, name);
    }
  }

  of(kind: HighlightKind): string {
    const name = this.names.get(kind);
    if (!name) throw new Error(`No highlight name for ${kind}`);
    return name;
  }

  all(): string[] {
    return [...this.names.values()];
  }
}

/**
 * Translucent backgrounds keep the page's own text colour readable on light and dark pages;
 * the underline carries the colour when the background is faint, and its style (VERDICT_MARKS)
 * tells the verdict without colour.
 */
function highlightCss(names: HighlightNames): string {
  const verdictRules = VERDICTS.map((verdict) => {
    const { lines, style } = VERDICT_MARKS[verdict];
    const colour = VERDICT_COLOURS[verdict];
    return `::highlight(${names.of(`verdict:${verdict}`)}){background-color:${colour}33;text-decoration:${lines} ${style} 2px ${colour};}`;
  });
  return [
    `::highlight(${names.of('claim')}){background-color:rgba(255,200,0,.28);text-decoration:${UNCHECKED_MARK.lines} ${UNCHECKED_MARK.style} 2px ${UNCHECKED_CLAIM_COLOUR};}`,
    // The strongest claims: marked more strongly, not by colour alone: a thicker dotted underline
    // (unchecked claims' style; no verdict's) over a deeper background.
    `::highlight(${names.of('strong-claim')}){background-color:rgba(255,190,0,.42);text-decoration:${UNCHECKED_MARK.lines} ${UNCHECKED_MARK.style} 4px ${UNCHECKED_CLAIM_COLOUR};}`,
    // Changed since checked: a wavy line over the text, no underline (CHANGED_MARK), on a faint
    // background of its colour; the verdict is named in the tooltip and the card.
    `::highlight(${names.of('changed')}){background-color:${CHANGED_CLAIM_COLOUR}26;text-decoration:${CHANGED_MARK.lines} ${CHANGED_MARK.style} 2px ${CHANGED_CLAIM_COLOUR};}`,
    `::highlight(${names.of('unrated')}){background-color:${UNRATED_CLAIM_COLOUR}2e;text-decoration:underline 2px ${UNRATED_CLAIM_COLOUR};}`,
    `::highlight(${names.of('selected')}){background-color:rgba(11,87,208,.35);}`,
    ...verdictRules,
  ].join('\n');
}

function highlightSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Ranges per kind of highlight; a kind missing from the map is cleared. */
export type HighlightSet = Map<HighlightKind, Range[]>;

/** Replaces every Factmark highlight at once, so the page never shows a half-updated state. */
export function applyHighlights(doc: Document, names: HighlightNames, set: HighlightSet): void {
  if (!highlightSupported()) return;
  if (!doc.getElementById(STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = highlightCss(names);
    (doc.head ?? doc.documentElement).append(style);
  }
  for (const kind of KINDS) {
    const ranges = set.get(kind);
    const name = names.of(kind);
    if (ranges && ranges.length > 0) CSS.highlights.set(name, new Highlight(...ranges));
    else CSS.highlights.delete(name);
  }
}

/** Removes every trace of Factmark from the page (extension reloaded or disabled). */
export function clearHighlights(doc: Document, names: HighlightNames): void {
  if (!highlightSupported()) return;
  for (const name of names.all()) CSS.highlights.delete(name);
  doc.getElementById(STYLE_ID)?.remove();
}

/** Scrolls a range into the middle of the view. */
export function scrollToRange(range: Range): void {
  const element = range.startContainer.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}
