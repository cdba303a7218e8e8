/**
 * Which passages of the page Factmark marks, and as what: the reader's placed fact-checks (by
 * verdict, `unrated` without one, `changed` when their words changed since), the detected claims
 * no fact-check covers (by tier), in the title and in the text, and the selected passage. Pure: a
 * page state in, the marks in drawing order out (later ones are drawn over earlier ones, the
 * selection last).
 */
import type { RankedClaim } from '../../core/claims/types';
import { type PageState, type Passage, passageOf } from '../../core/messaging/page-state';
import { uncheckedClaims, uncheckedHeadline } from '../../core/messaging/unchecked-claims';
import type { MarkKind } from './mark-looks';

/** A mark on a passage of the article's text, or of its title (found in the headline). */
export interface MarkedPassage {
  kind: MarkKind;
  passage: Passage;
}

const title = { place: 'title' } as const;

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
    const { start, end, place } = annotation;
    marks.push({ kind, passage: passageOf(start, end, place) });
  }
  for (const claim of uncheckedHeadline(state)) {
    marks.push({ kind: tierKind(claim), passage: { start: claim.start, end: claim.end, ...title } });
  }
  for (const claim of uncheckedClaims(state)) {
    marks.push({ kind: tierKind(claim), passage: { start: claim.start, end: claim.end } });
  }
  const { selected } = state;
  // Only its offsets: a selection set from a claim stop carries that stop's own `kind`.
  if (selected) {
    const { start, end, place } = selected;
    marks.push({ kind: 'selected', passage: passageOf(start, end, place) });
  }
  return marks;
}
