/**
 * Finds stored W3C selectors again in the current article text: the quote verbatim first, then
 * an edited version of it, else an orphan.
 *
 * Invariants: a result is `exact` only when the text at its offsets equals the stored quote;
 * anything else that is accepted is `fuzzy` with its edit count, so a changed page always shows;
 * an empty or whitespace-only quote is an orphan; offsets in results are UTF-16 units into
 * `text`, while the stored position is in code points and converted here.
 */
import type { TextPositionSelector, TextQuoteSelector } from '../model/fact-check';
import { type OffsetConverter, offsetConverter } from './code-points';
import { matchExact } from './match-exact';
import { matchFuzzy } from './match-fuzzy';

/** Where a stored annotation lands in the current text (UTF-16 offsets). */
export type AnchorResult =
  | { status: 'exact'; start: number; end: number }
  | { status: 'fuzzy'; start: number; end: number; errors: number }
  | { status: 'orphan' };

/** What is stored to find a passage again; the position (code points) is optional. */
export interface AnchorSelectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

function anchorWith(text: string, offsets: OffsetConverter, selectors: AnchorSelectors): AnchorResult {
  const { quote, position } = selectors;
  if (quote.exact.trim() === '') return { status: 'orphan' };
  const hint = position === undefined ? undefined : offsets.toUtf16(position.start);
  const exact = matchExact(text, quote, hint);
  if (exact.match !== null) return { status: 'exact', ...exact.match };
  const fuzzy = matchFuzzy(text, quote, hint, exact.rejected);
  return fuzzy === null ? { status: 'orphan' } : { status: 'fuzzy', ...fuzzy };
}

/** Anchors one annotation's selectors in `text`. */
export function anchor(text: string, selectors: AnchorSelectors): AnchorResult {
  return anchorWith(text, offsetConverter(text), selectors);
}

/**
 * Anchors many annotations in the same text, indexing it for position conversion only once.
 * Results are in the order of `items`.
 */
export function anchorAll(text: string, items: readonly AnchorSelectors[]): AnchorResult[] {
  const offsets = offsetConverter(text);
  return items.map((selectors) => anchorWith(text, offsets, selectors));
}
