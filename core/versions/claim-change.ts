/**
 * Whether a fact-checked passage still reads as it did when it was checked. An anchor that found
 * the quote verbatim is `exact`; one that found an edited quote is `changed` when its words differ
 * (a word, a figure, a date), and `fuzzy` when only spacing or noise differ (words.ts). An orphan
 * stays an orphan: the passage is gone, and the text as checked is all there is to show.
 *
 * Invariant: `changed` always carries `was` (the quote as checked) and `now` (the text at the
 * anchor's offsets), and the two differ in their words.
 */
import type { AnchorResult } from '../anchoring/anchor';
import { wordsOf } from './words';

export type ClaimChange =
  | { status: 'exact'; start: number; end: number }
  | { status: 'fuzzy'; start: number; end: number }
  | { status: 'changed'; start: number; end: number; was: string; now: string }
  | { status: 'orphan' };

/** Classifies where `quote` (as checked) was anchored in `text` (as it reads now). */
export function classifyClaim(quote: string, text: string, result: AnchorResult): ClaimChange {
  if (result.status === 'orphan') return { status: 'orphan' };
  const { start, end } = result;
  if (result.status === 'exact') return { status: 'exact', start, end };
  const now = text.slice(start, end);
  if (wordsOf(now) === wordsOf(quote)) return { status: 'fuzzy', start, end };
  return { status: 'changed', start, end, was: quote, now };
}
