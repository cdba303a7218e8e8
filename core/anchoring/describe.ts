/**
 * Describes a range of the article text as W3C selectors: the quote with its context, and its
 * position in code points.
 *
 * Invariants: the quote, prefix and suffix never split a surrogate pair (a range boundary inside
 * a pair is widened to the whole character, a context boundary inside a pair is narrowed);
 * `anchor(text, describeRange(text, start, end))` finds the same range again as `exact`.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../model/fact-check';
import { offsetConverter, splitsSurrogatePair } from './code-points';

/**
 * Context kept on each side of the quote, in UTF-16 units. Longer context tells duplicates and
 * look-alikes apart more surely and survives more edits near the quote, but costs storage in
 * every annotation and, when the neighbouring text is edited, more of it is lost; 32 (as in
 * Hypothesis) is a few words, enough to recognise the place in running text.
 */
export const CONTEXT_LENGTH = 32;

/** The two selectors Factmark stores for a passage. */
export interface RangeDescription {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * Describes `text.slice(start, end)` (UTF-16 offsets). Throws RangeError when the offsets are not
 * integers with 0 <= start < end <= text.length, or when the range holds only whitespace: such a
 * quote could never be found again.
 */
export function describeRange(text: string, start: number, end: number): RangeDescription {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`invalid range [${start}, ${end}) in a text of ${text.length} UTF-16 units`);
  }
  const quoteStart = splitsSurrogatePair(text, start) ? start - 1 : start;
  const quoteEnd = splitsSurrogatePair(text, end) ? end + 1 : end;
  const exact = text.slice(quoteStart, quoteEnd);
  if (exact.trim() === '') throw new RangeError(`range [${start}, ${end}) holds only whitespace`);

  let prefixStart = Math.max(0, quoteStart - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, quoteEnd + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;

  const offsets = offsetConverter(text);
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact,
      prefix: text.slice(prefixStart, quoteStart),
      suffix: text.slice(quoteEnd, suffixEnd),
    },
    position: {
      type: 'TextPositionSelector',
      start: offsets.toCodePoints(quoteStart),
      end: offsets.toCodePoints(quoteEnd),
    },
  };
}
