/**
 * What tells verdicts apart without colour: an underline style per verdict for the page's
 * highlights (the CSS Custom Highlight API allows text-decoration's line, style and thickness),
 * and a symbol shown beside the verdict's name in the tooltip, the card and the lists. Each
 * verdict's pair (lines, style) is unique, and none is the dotted underline of an unchecked claim.
 */
import type { Verdict } from './verdict';

export interface VerdictMark {
  /** A short symbol, the same in every language. */
  symbol: string;
  /** CSS text-decoration-line. */
  lines: 'underline' | 'underline overline';
  /** CSS text-decoration-style. */
  style: 'solid' | 'double' | 'dashed' | 'wavy' | 'dotted';
}

export const VERDICT_MARKS: Readonly<Record<Verdict, VerdictMark>> = {
  true: { symbol: '✓', lines: 'underline', style: 'solid' },
  'mostly-true': { symbol: '≈✓', lines: 'underline', style: 'double' },
  mixed: { symbol: '±', lines: 'underline', style: 'dashed' },
  'mostly-false': { symbol: '≈✗', lines: 'underline', style: 'wavy' },
  false: { symbol: '✗', lines: 'underline overline', style: 'wavy' },
  misleading: { symbol: '!', lines: 'underline overline', style: 'dashed' },
  unverifiable: { symbol: '?', lines: 'underline overline', style: 'dotted' },
};

/** Detected claims not fact-checked yet: a dotted underline only. */
export const UNCHECKED_MARK = { lines: 'underline', style: 'dotted' } as const;

/**
 * A fact-checked claim whose words changed since it was checked (core/versions/claim-change.ts):
 * a wavy line over the text and none under it, the only mark without an underline, so it differs
 * from every verdict and from unchecked claims without relying on colour. The tooltip and the
 * card still name the verdict, as given to the text as checked.
 */
export const CHANGED_MARK = { lines: 'overline', style: 'wavy' } as const;
