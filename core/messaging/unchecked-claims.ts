/**
 * The detected claims no fact-check covers on this visit: what the page highlights as claims to
 * check and what the popup and side panel list under them. A claim overlapped by a placed
 * fact-check is shown as that fact-check instead; a fact-check not found on the page covers
 * nothing.
 */
import type { PageState } from './page-state';

export function uncheckedClaims(state: Pick<PageState, 'claims' | 'annotations'>): PageState['claims'] {
  return state.claims.filter(
    (claim) =>
      !state.annotations.some(
        ({ start, end }) => start !== null && end !== null && start < claim.end && claim.start < end,
      ),
  );
}
