/**
 * Moves the ends of a fuzzy match to where the stored context says the quote starts and ends.
 *
 * An edit at either end of a quote makes its boundaries ambiguous for edit-distance search: the
 * quote "rose 9.8% in February" found in "rose 9.8% in March, the" matches "in Marc" as cheaply
 * as "in March". The stored prefix and suffix are found near the match instead, and the quote
 * runs from the end of the prefix to the start of the suffix.
 *
 * Invariants: each boundary moves by at most `slack` units, only when the context is found there
 * (otherwise the search's boundary stays), and the span never becomes empty.
 */
import search from 'approx-string-match';
import type { TextQuoteSelector } from '../model/fact-check';
import type { Span } from './match-exact';
import { MAX_ERROR_RATE } from './thresholds';

/** The offset among `offsets` closest to `target`, or `target` when there is none. */
function closest(offsets: number[], target: number): number {
  return offsets.reduce(
    (best, offset) => (Math.abs(offset - target) < Math.abs(best - target) ? offset : best),
    offsets[0] ?? target,
  );
}

/** Where `context` (approximately) ends or starts within `slack` of `edge`, or `edge` itself. */
function contextEdge(
  text: string,
  context: string,
  edge: number,
  slack: number,
  side: 'before' | 'after',
): number {
  if (context.length === 0 || slack === 0) return edge;
  const from = side === 'before' ? Math.max(0, edge - slack - context.length) : Math.max(0, edge - slack);
  const to =
    side === 'before'
      ? Math.min(text.length, edge + slack)
      : Math.min(text.length, edge + slack + context.length);
  const matches = search(text.slice(from, to), context, Math.floor(context.length * MAX_ERROR_RATE));
  const edges = matches
    .map((m) => from + (side === 'before' ? m.end : m.start))
    .filter((e) => Math.abs(e - edge) <= slack);
  return closest(edges, edge);
}

/** `span` with its start moved to the end of the stored prefix and its end to the start of the suffix. */
export function refineBoundaries(text: string, span: Span, quote: TextQuoteSelector, slack: number): Span {
  const start = contextEdge(text, quote.prefix, span.start, slack, 'before');
  const end = contextEdge(text, quote.suffix, span.end, slack, 'after');
  return start < end ? { start, end } : span;
}
