/**
 * Scores how well a candidate place for a quote fits what was stored with the quote: the
 * similarity of the text around it to the stored prefix and suffix, and its closeness to the
 * stored position.
 *
 * Invariants: every score is in [0, 1]; offsets are UTF-16 units into the current text; the
 * context is always read from the real text, never from a masked copy.
 */
import search from 'approx-string-match';
import type { TextQuoteSelector } from '../model/fact-check';

/**
 * Weight of closeness to the stored position against context similarity (weight 1) when ranking
 * candidates. Small, so that it only breaks ties between equally good contexts: the position is
 * stale as soon as anything before the quote is edited, while the context travels with it. At
 * 0.05, a candidate at the far end of the text loses what about 3 of 64 context characters
 * being wrong would cost.
 */
const POSITION_WEIGHT = 0.05;

/**
 * Similarity of `pattern` to its best approximate occurrence in `window`: 1 minus the edit
 * distance over the pattern's length. 1 for an empty pattern, 0 for an empty window.
 */
function similarity(window: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (window.length === 0) return 0;
  // With maxErrors = pattern.length every window position matches, so `best` exists; the
  // fallback only satisfies the type checker.
  const [best] = search(window, pattern, pattern.length);
  return best === undefined ? 0 : 1 - best.errors / pattern.length;
}

/**
 * Similarity of the text around [start, end) to the stored prefix and suffix, weighted by their
 * lengths. A quote stored without any context was the whole text, so only a candidate that is
 * still the whole text fits it.
 */
export function contextScore(text: string, start: number, end: number, quote: TextQuoteSelector): number {
  const weight = quote.prefix.length + quote.suffix.length;
  if (weight === 0) return start === 0 && end === text.length ? 1 : 0;
  const before = text.slice(Math.max(0, start - quote.prefix.length), start);
  const after = text.slice(end, end + quote.suffix.length);
  return (
    (similarity(before, quote.prefix) * quote.prefix.length +
      similarity(after, quote.suffix) * quote.suffix.length) /
    weight
  );
}

/** Closeness of `start` to the stored position `hint`, 1 on it and 0 a whole text away (or no hint). */
export function positionScore(start: number, hint: number | undefined, textLength: number): number {
  if (hint === undefined) return 0;
  return 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, textLength));
}

/** Ranking key of a candidate: its context, then its position as a tie-breaker. */
export function rank(context: number, position: number): number {
  return context + POSITION_WEIGHT * position;
}
