/**
 * Re-anchors the reader's saved fact-checks in the article text of this visit. Annotations that
 * cannot be placed are kept, with status `orphan`, for the side panel to list; those whose words
 * changed since they were checked are `changed`, with the text as it reads now.
 */
import { anchorAll } from '../../core/anchoring/anchor';
import type { PlacedAnnotation } from '../../core/messaging/page-state';
import type { PageAnnotations } from '../../core/model/stored-records';
import { classifyClaim } from '../../core/versions/claim-change';

export function placeAnnotations(text: string, saved: PageAnnotations): PlacedAnnotation[] {
  const claims = new Map(saved.claims.map((claim) => [claim.id, claim]));
  const withClaims = saved.factChecks.flatMap((factCheck) => {
    const claim = claims.get(factCheck.claimId);
    return claim ? [{ factCheck, claim }] : [];
  });
  const results = anchorAll(
    text,
    withClaims.map(({ claim }) => ({ quote: claim.quote, position: claim.position })),
  );
  return withClaims.map(({ factCheck, claim }, index): PlacedAnnotation => {
    const result = classifyClaim(claim.quote.exact, text, results[index] ?? { status: 'orphan' });
    return {
      factCheckId: factCheck.id,
      claimId: claim.id,
      quote: claim.quote.exact,
      verdict: factCheck.verdict,
      sourceCount: factCheck.sources.length,
      note: factCheck.note,
      status: result.status,
      start: result.status === 'orphan' ? null : result.start,
      end: result.status === 'orphan' ? null : result.end,
      now: result.status === 'changed' ? result.now : null,
    };
  });
}
