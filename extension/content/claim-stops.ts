/**
 * The stops of keyboard navigation through a page: every placed fact-check and every detected
 * claim not covered by one, in text order, and the stop after or before a position. Pure: the
 * page state in, offsets out.
 */
import type { PageState } from '../../core/messaging/page-state';
import type { Verdict } from '../../core/model/verdict';

export type ClaimStop =
  | { start: number; end: number; kind: 'detected'; score: number }
  | { start: number; end: number; kind: 'checked'; verdict: Verdict | null };

export function claimStops(state: PageState): ClaimStop[] {
  const checked: ClaimStop[] = state.annotations.flatMap((annotation) =>
    annotation.start === null || annotation.end === null
      ? []
      : [
          {
            start: annotation.start,
            end: annotation.end,
            kind: 'checked' as const,
            verdict: annotation.verdict,
          },
        ],
  );
  const detected: ClaimStop[] = state.claims
    .filter((claim) => !checked.some((stop) => stop.start < claim.end && claim.start < stop.end))
    .map((claim) => ({ start: claim.start, end: claim.end, kind: 'detected' as const, score: claim.score }));
  return [...checked, ...detected].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The index of the stop after (`1`) or before (`-1`) the one starting at `from`, wrapping round;
 * from no position, the first (or last). -1 when there is no stop.
 */
export function nextStop(stops: readonly ClaimStop[], from: number | null, direction: 1 | -1): number {
  if (stops.length === 0) return -1;
  if (from === null) return direction === 1 ? 0 : stops.length - 1;
  if (direction === 1) {
    const index = stops.findIndex((stop) => stop.start > from);
    return index === -1 ? 0 : index;
  }
  const index = stops.findLastIndex((stop) => stop.start < from);
  return index === -1 ? stops.length - 1 : index;
}
