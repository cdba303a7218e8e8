/**
 * The detected claims (of the text, or of the title) no fact-check covers on this visit: what the
 * page highlights as claims to check and what the popup and side panel list under them. A claim
 * overlapped by a placed fact-check (of the same place) is shown as that fact-check instead; a
 * fact-check not found on the page covers nothing.
 */
import type { RankedClaim } from '../claims/types';
import type { ClaimPlace } from '../model/fact-check';
import type { PageState, PlacedAnnotation } from './page-state';

function uncovered(
  claims: readonly RankedClaim[],
  annotations: readonly PlacedAnnotation[],
  place: ClaimPlace | undefined,
): RankedClaim[] {
  return claims.filter(
    (claim) =>
      !annotations.some(
        (annotation) =>
          annotation.place === place &&
          annotation.start !== null &&
          annotation.end !== null &&
          annotation.start < claim.end &&
          claim.start < annotation.end,
      ),
  );
}

/** The article text's claims no fact-check covers. */
export function uncheckedClaims(state: Pick<PageState, 'claims' | 'annotations'>): RankedClaim[] {
  return uncovered(state.claims, state.annotations, undefined);
}

/** The title's claims no fact-check of the title covers. */
export function uncheckedHeadline(state: Pick<PageState, 'headline' | 'annotations'>): RankedClaim[] {
  return uncovered(state.headline, state.annotations, 'title');
}
