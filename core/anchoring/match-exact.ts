/**
 * Finds a quote verbatim in the text and, when it occurs several times, picks the occurrence
 * whose surroundings best match the stored context, then the one closest to the stored position.
 *
 * Invariants: returned offsets hold exactly `quote.exact`; a short quote is only accepted where
 * its context vouches for it (see MIN_SELF_EVIDENT_LENGTH); every occurrence is returned either
 * as the match or among the rejected ones, so the fuzzy search can skip them.
 */
import type { TextQuoteSelector } from '../model/fact-check';
import { contextScore, positionScore, rank } from './context-score';
import { CONTEXT_MIN, MIN_SELF_EVIDENT_LENGTH } from './thresholds';

/** A span of the text, UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/** Outcome of the exact search: the accepted occurrence, or the occurrences turned down. */
export type ExactOutcome = { match: Span } | { match: null; rejected: Span[] };

/** Every occurrence of `exact` in `text`, overlapping ones included. */
function occurrences(text: string, exact: string): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    spans.push({ start: at, end: at + exact.length });
  }
  return spans;
}

/**
 * Looks for `quote.exact` verbatim in `text`; `hint` is the stored start (UTF-16) if known.
 * The quote must not be empty.
 */
export function matchExact(text: string, quote: TextQuoteSelector, hint: number | undefined): ExactOutcome {
  const spans = occurrences(text, quote.exact);
  let best: { span: Span; context: number; rank: number } | null = null;
  for (const span of spans) {
    const context = contextScore(text, span.start, span.end, quote);
    const score = rank(context, positionScore(span.start, hint, text.length));
    if (best === null || score > best.rank) best = { span, context, rank: score };
  }
  if (best !== null && (quote.exact.length >= MIN_SELF_EVIDENT_LENGTH || best.context >= CONTEXT_MIN)) {
    return { match: best.span };
  }
  return { match: null, rejected: spans };
}
