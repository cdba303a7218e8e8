/**
 * How each kind of Factmark mark looks, as boxes drawn over the page's text in a closed shadow
 * root (highlighter.ts): a translucent tint over each line of the passage, and lines along it
 * whose style tells the verdict without colour (VERDICT_MARKS, UNCHECKED_MARK, CHANGED_MARK).
 * Pure: a kind and a line's box in, the CSS text of each box out.
 *
 * Invariants: every kind has a look; each verdict's lines differ from every other verdict's and
 * from unchecked claims'; `changed` alone has no line under the text; no tint is more opaque than
 * MAX_TINT_ALPHA.
 */
import {
  CHANGED_CLAIM_COLOUR,
  UNCHECKED_CLAIM_COLOUR,
  UNRATED_CLAIM_COLOUR,
  VERDICT_COLOURS,
  VERDICTS,
  type Verdict,
} from '../../core/model/verdict';
import {
  CHANGED_MARK,
  UNCHECKED_MARK,
  VERDICT_MARKS,
  type VerdictMark,
} from '../../core/model/verdict-marks';

/**
 * What a mark shows. `changed`: a fact-checked claim whose words changed since it was checked,
 * whatever its verdict.
 */
export type MarkKind = 'claim' | 'strong-claim' | 'selected' | 'unrated' | 'changed' | `verdict:${Verdict}`;

export const MARK_KINDS: readonly MarkKind[] = [
  'claim',
  'strong-claim',
  'selected',
  'unrated',
  'changed',
  ...VERDICTS.map((verdict): MarkKind => `verdict:${verdict}`),
];

/** One line along a passage's line box: under the text or over it. */
interface MarkLine {
  edge: 'under' | 'over';
  style: VerdictMark['style'];
  /** Thickness in CSS pixels. */
  width: number;
}

export interface MarkLook {
  /** The tint's colour, `rgba()`. */
  tint: string;
  /** The lines' colour. */
  colour: string;
  lines: readonly MarkLine[];
}

/**
 * The tint is drawn ABOVE the page's text (a layer of our own cannot go under it), so it tints
 * the glyphs as well as the paper: the higher the alpha, the more a kind stands out and the
 * greyer its text. At 0.32 at most, black text on white keeps a contrast of 7:1 (WCAG AAA) under
 * any one tint and 4.5:1 (AA) with the selection's over it (tests/unit/extension/content/
 * mark-looks.test.ts); the CSS highlights painted under the text before went to 0.42.
 */
export const MAX_TINT_ALPHA = 0.32;

/** `#rrggbb` and an alpha as `rgba()`. */
function rgba(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255},${(value >> 8) & 255},${value & 255},${alpha})`;
}

/** CSS text-decoration lines as our lines. A double line needs 3px to show two strokes. */
function linesOf(mark: { lines: string; style: VerdictMark['style'] }, width: number): MarkLine[] {
  const lineWidth = mark.style === 'double' ? Math.max(width, 3) : width;
  return mark.lines.split(' ').map(
    (line): MarkLine => ({
      edge: line === 'overline' ? 'over' : 'under',
      style: mark.style,
      width: lineWidth,
    }),
  );
}

export function markLook(kind: MarkKind): MarkLook {
  switch (kind) {
    case 'claim':
      return {
        tint: 'rgba(255,200,0,0.2)',
        colour: UNCHECKED_CLAIM_COLOUR,
        lines: linesOf(UNCHECKED_MARK, 2),
      };
    // The strongest claims: marked more strongly, not by colour alone: a thicker dotted line
    // (unchecked claims' style; no verdict's) over a deeper tint.
    case 'strong-claim':
      return {
        tint: `rgba(255,190,0,${MAX_TINT_ALPHA})`,
        colour: UNCHECKED_CLAIM_COLOUR,
        lines: linesOf(UNCHECKED_MARK, 4),
      };
    // Changed since checked: a wavy line over the text, none under it (CHANGED_MARK); the verdict
    // is named in the tooltip and the card.
    case 'changed':
      return {
        tint: rgba(CHANGED_CLAIM_COLOUR, 0.15),
        colour: CHANGED_CLAIM_COLOUR,
        lines: linesOf(CHANGED_MARK, 2),
      };
    case 'unrated':
      return {
        tint: rgba(UNRATED_CLAIM_COLOUR, 0.18),
        colour: UNRATED_CLAIM_COLOUR,
        lines: [{ edge: 'under', style: 'solid', width: 2 }],
      };
    case 'selected':
      return { tint: 'rgba(11,87,208,0.28)', colour: 'transparent', lines: [] };
    default: {
      const verdict = kind.slice('verdict:'.length) as Verdict;
      const colour = VERDICT_COLOURS[verdict];
      return { tint: rgba(colour, 0.2), colour, lines: linesOf(VERDICT_MARKS[verdict], 2) };
    }
  }
}

/** A line box of a passage, in viewport coordinates (a `DOMRect`'s fields). */
export interface LineBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Where an underline sits, as a share of the line box's height from its top: near the baseline
 * (about 0.8 of a line box for Latin fonts) plus a gap, where text-decoration put it. Lower
 * would meet the "checked elsewhere" underline at the box's bottom (memory-marks.ts); higher
 * would cross descenders more often.
 */
const UNDERLINE_AT = 0.84;

/**
 * One period of the zigzag that stands for CSS's wavy line (borders have no wavy style): two
 * diagonal strokes per tile, drawn with linear gradients, meeting at the tile's top and bottom.
 * Close to the browsers' own wavy text-decoration at 2px: a shorter period or a lower tile reads
 * as a smudged solid line at small sizes, a longer one as a dashed line.
 */
const ZIGZAG = { period: 8, height: 4, stroke: 1.5 };

/**
 * A zigzag across a box `ZIGZAG.height` high: in each tile, a stroke from the top left corner to
 * the bottom middle and one from there to the top right corner. For a gradient at angle `a`, a
 * point's position along the gradient line is its projection on it, counted from where the
 * line enters the tile; the strokes' positions below follow (CSS Images 3, linear gradients).
 */
function zigzagCss(colour: string): string {
  const { period, height, stroke } = ZIGZAG;
  const angle = Math.atan2(height, period / 2);
  const stripe = (at: number) =>
    `transparent ${(at - stroke / 2).toFixed(2)}px,${colour} ${(at - stroke / 2).toFixed(2)}px,` +
    `${colour} ${(at + stroke / 2).toFixed(2)}px,transparent ${(at + stroke / 2).toFixed(2)}px`;
  const degrees = (angle * 180) / Math.PI;
  return (
    `background:linear-gradient(${degrees.toFixed(2)}deg,${stripe(height * Math.cos(angle))}),` +
    `linear-gradient(${(180 - degrees).toFixed(2)}deg,${stripe(period * Math.sin(angle))});` +
    `background-size:${period}px ${height}px;background-repeat:repeat-x`
  );
}

function lineCss(line: MarkLine, colour: string, box: LineBox): string {
  const wavy = line.style === 'wavy';
  const height = wavy ? ZIGZAG.height : line.width;
  const top = line.edge === 'over' ? box.top : box.top + box.height * UNDERLINE_AT;
  const place = `left:${box.left}px;top:${top}px;width:${box.width}px;height:${height}px;`;
  return place + (wavy ? zigzagCss(colour) : `border-top:${line.width}px ${line.style} ${colour}`);
}

/**
 * The CSS text of each box that marks one line box of a passage: its tint, then its lines. Each
 * box is absolutely placed in the fixed layer and lets the pointer through.
 */
export function markBoxesCss(look: MarkLook, box: LineBox): string[] {
  const base = 'position:absolute;pointer-events:none;box-sizing:border-box;margin:0;padding:0;';
  return [
    `${base}left:${box.left}px;top:${box.top}px;width:${box.width}px;height:${box.height}px;background:${look.tint}`,
    ...look.lines.map((line) => base + lineCss(line, look.colour, box)),
  ];
}
