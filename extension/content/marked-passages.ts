/**
 * Which passages of the page Factmark marks, and as what: the reader's placed fact-checks (by
 * verdict, `unrated` without one, `changed` when their words changed since), the detected claims
 * no fact-check covers (by tier), the title's claims, and the selected passage. Pure: a page
 * state in, the marks in drawing order out (later ones are drawn over earlier ones, the selection
 * last).
 */
import type { RankedClaim } from '../../core/claims/types';
import type { PageState } from '../../core/messaging/page-state';
import { uncheckedClaims } from '../../core/messaging/unchecked-claims';
import type { MarkKind } from './mark-looks';

/** A mark on the article's text (offsets into it) or on the title's text (found in the headline). */
export type MarkedPassage =
  | { kind: MarkKind; place: 'text'; start: number; end: number }
  | { kind: MarkKind; place: 'title'; text: string };

/** The strongest claims are marked apart (a bolder line), the others dotted. */
const tierKind = (claim: RankedClaim): MarkKind => (claim.tier === 'strong' ? 'strong-claim' : 'claim');

export function markedPassages(
  state: Pick<PageState, 'claims' | 'headline' | 'annotations' | 'selected'>,
): MarkedPassage[] {
  const marks: MarkedPassage[] = [];
  for (const annotation of state.annotations) {
    if (annotation.start === null || annotation.end === null) continue;
    // A verdict given to words the page no longer says is not shown as if it were about these.
    const kind: MarkKind =
      annotation.status === 'changed'
        ? 'changed'
        : annotation.verdict
          ? `verdict:${annotation.verdict}`
          : 'unrated';
    marks.push({ kind, place: 'text', start: annotation.start, end: annotation.end });
  }
  for (const claim of uncheckedClaims(state)) {
    marks.push({ kind: tierKind(claim), place: 'text', start: claim.start, end: claim.end });
  }
  for (const claim of state.headline) marks.push({ kind: tierKind(claim), place: 'title', text: claim.text });
  const { selected } = state;
  // Only its offsets: a selection set from a claim stop carries that stop's own `kind`.
  if (selected) marks.push({ kind: 'selected', place: 'text', start: selected.start, end: selected.end });
  return marks;
}
