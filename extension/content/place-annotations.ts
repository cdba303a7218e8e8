/**
 * Re-anchors the reader's saved fact-checks in the article of this visit: a claim of the text in
 * its text, a claim of the title in its title. Annotations that cannot be placed are kept, with
 * status `orphan`, for the side panel to list; those whose words changed since they were checked
 * are `changed`, with the text as it reads now.
 */
import { anchorAll } from '../../core/anchoring/anchor';
import type { PlacedAnnotation } from '../../core/messaging/page-state';
import type { ClaimRecord, FactCheckRecord } from '../../core/model/fact-check';
import type { PageAnnotations } from '../../core/model/stored-records';
import { classifyClaim } from '../../core/versions/claim-change';

type Checked = { factCheck: FactCheckRecord; claim: ClaimRecord };

/** The fact-checks of one place (text or title) anchored in `source`, that place's words. */
function placeIn(source: string, checked: readonly Checked[]): PlacedAnnotation[] {
  const results = anchorAll(
    source,
    checked.map(({ claim }) => ({ quote: claim.quote, position: claim.position })),
  );
  return checked.map(({ factCheck, claim }, index): PlacedAnnotation => {
    const result = classifyClaim(claim.quote.exact, source, results[index] ?? { status: 'orphan' });
    return {
      factCheckId: factCheck.id,
      claimId: claim.id,
      quote: claim.quote.exact,
      verdict: factCheck.verdict,
      sourceCount: factCheck.sources.length,
      note: factCheck.note,
      status: result.status,
      ...(claim.place ? { place: claim.place } : {}),
      start: result.status === 'orphan' ? null : result.start,
      end: result.status === 'orphan' ? null : result.end,
      now: result.status === 'changed' ? result.now : null,
    };
  });
}

/** Every saved fact-check of the page, placed in `article`'s text or title, in the saved order. */
export function placeAnnotations(
  article: { text: string; title: string },
  saved: PageAnnotations,
): PlacedAnnotation[] {
  const claims = new Map(saved.claims.map((claim) => [claim.id, claim]));
  const checked = saved.factChecks.flatMap((factCheck) => {
    const claim = claims.get(factCheck.claimId);
    return claim ? [{ factCheck, claim }] : [];
  });
  const inTitle = (entry: Checked) => entry.claim.place === 'title';
  const placed = new Map(
    [
      ...placeIn(article.title, checked.filter(inTitle)),
      ...placeIn(
        article.text,
        checked.filter((entry) => !inTitle(entry)),
      ),
    ].map((annotation) => [annotation.factCheckId, annotation]),
  );
  return checked.flatMap(({ factCheck }) => placed.get(factCheck.id) ?? []);
}
