/**
 * Finds a quote that was edited since it was stored: bounded edit-distance search with
 * approx-string-match, then a context check so that a look-alike passage elsewhere is never
 * taken for the edited quote.
 *
 * Before the context check, each match's ends are moved to where the stored context fits (see
 * refine-boundaries.ts); the reported `errors` is the search's edit count.
 *
 * Invariants: a match has at most min(MAX_ERRORS, quote length * MAX_ERROR_RATE) edits and a
 * context score of at least CONTEXT_MIN; spans passed as `skip` are never returned; context is
 * read from the real text, never from the masked copy searched.
 */
import search from 'approx-string-match';
import type { TextQuoteSelector } from '../model/fact-check';
import { contextScore, positionScore, rank } from './context-score';
import type { Span } from './match-exact';
import { refineBoundaries } from './refine-boundaries';
import { CONTEXT_MIN, MAX_ERROR_RATE, MAX_ERRORS, MAX_FUZZY_ROUNDS } from './thresholds';

/** A fuzzy match: its span in the text and its edit distance to the stored quote. */
export interface FuzzyMatch extends Span {
  errors: number;
}

/** NUL never occurs in article text, so a masked character never matches the quote. */
const MASK = '\u0000';

/** `text` with every span replaced by MASK characters, offsets unchanged. */
function mask(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const chars = text.split('');
  for (const { start, end } of spans) chars.fill(MASK, start, end);
  return chars.join('');
}

/** Largest edit distance worth trying for a quote of `length` UTF-16 units. */
function maxErrorsFor(length: number): number {
  return Math.min(MAX_ERRORS, Math.floor(length * MAX_ERROR_RATE));
}

/**
 * Best edited occurrence of `quote.exact` in `text` outside `skip`, or null when none is close
 * enough in both its own text and its context. `hint` is the stored start (UTF-16) if known.
 */
export function matchFuzzy(
  text: string,
  quote: TextQuoteSelector,
  hint: number | undefined,
  skip: readonly Span[],
): FuzzyMatch | null {
  const maxErrors = maxErrorsFor(quote.exact.length);
  if (maxErrors === 0) return null;
  let haystack = mask(text, skip);
  for (let round = 0; round < MAX_FUZZY_ROUNDS; round++) {
    const matches = search(haystack, quote.exact, maxErrors);
    let best: { match: FuzzyMatch; rank: number } | null = null;
    for (const found of matches) {
      const match = { ...refineBoundaries(text, found, quote, found.errors), errors: found.errors };
      const context = contextScore(text, match.start, match.end, quote);
      if (context < CONTEXT_MIN) continue;
      const score = rank(context, positionScore(match.start, hint, text.length));
      if (best === null || score > best.rank) best = { match, rank: score };
    }
    if (best !== null) return best.match;
    if (matches.length === 0) return null;
    haystack = mask(haystack, matches);
  }
  return null;
}
