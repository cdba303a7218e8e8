/**
 * The stops of keyboard navigation through a page: every placed fact-check and every detected
 * claim not covered by one, the title's first (the headline is at the top of the page), then the
 * text's, each in text order; and the stop after or before a passage. Pure: the page state in,
 * passages out.
 */
import {
  type PageState,
  type Passage,
  type PlacedAnnotation,
  passageOf,
} from '../../core/messaging/page-state';
import { uncheckedClaims, uncheckedHeadline } from '../../core/messaging/unchecked-claims';
import type { Verdict } from '../../core/model/verdict';

export type ClaimStop = Passage &
  ({ kind: 'detected'; score: number } | { kind: 'checked'; verdict: Verdict | null });

/** Title stops before text stops, then by start and end. */
function order(a: Passage, b: Passage): number {
  const rank = (passage: Passage) => (passage.place === 'title' ? 0 : 1);
  return rank(a) - rank(b) || a.start - b.start || a.end - b.end;
}

function checkedStop({ start, end, place, verdict }: PlacedAnnotation): ClaimStop[] {
  return start === null || end === null
    ? []
    : [{ ...passageOf(start, end, place), kind: 'checked', verdict }];
}

export function claimStops(state: PageState): ClaimStop[] {
  const detected: ClaimStop[] = [
    ...uncheckedHeadline(state).map(({ start, end, score }) => ({
      start,
      end,
      place: 'title' as const,
      kind: 'detected' as const,
      score,
    })),
    ...uncheckedClaims(state).map(({ start, end, score }) => ({
      start,
      end,
      kind: 'detected' as const,
      score,
    })),
  ];
  return [...state.annotations.flatMap(checkedStop), ...detected].sort(order);
}

/**
 * The index of the stop after (`1`) or before (`-1`) the passage `from`, wrapping round; from no
 * passage, the first (or last). -1 when there is no stop.
 */
export function nextStop(stops: readonly ClaimStop[], from: Passage | null, direction: 1 | -1): number {
  if (stops.length === 0) return -1;
  if (from === null) return direction === 1 ? 0 : stops.length - 1;
  const fromStart = { ...from, end: from.start };
  if (direction === 1) {
    const index = stops.findIndex((stop) => order({ ...stop, end: stop.start }, fromStart) > 0);
    return index === -1 ? 0 : index;
  }
  const index = stops.findLastIndex((stop) => order({ ...stop, end: stop.start }, fromStart) < 0);
  return index === -1 ? stops.length - 1 : index;
}
