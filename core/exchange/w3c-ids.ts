/**
 * Annotation ids for fact-checks, and back. W3C wants an IRI: a UUID id becomes
 * `urn:uuid:<id>`, any other id `urn:factmark:fact-check:<percent-encoded id>`. Both map back
 * exactly; a foreign annotation keeps its whole IRI as its fact-check id.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
const UUID_PREFIX = 'urn:uuid:';
const FACTMARK_PREFIX = 'urn:factmark:fact-check:';

/** The annotation IRI for a fact-check id. */
export function annotationIdFor(factCheckId: string): string {
  return UUID.test(factCheckId)
    ? `${UUID_PREFIX}${factCheckId}`
    : `${FACTMARK_PREFIX}${encodeURIComponent(factCheckId)}`;
}

/** The fact-check id for an annotation IRI, or null if a Factmark IRI is badly encoded. */
export function factCheckIdFrom(annotationId: string): string | null {
  if (annotationId.startsWith(UUID_PREFIX) && UUID.test(annotationId.slice(UUID_PREFIX.length))) {
    return annotationId.slice(UUID_PREFIX.length);
  }
  if (!annotationId.startsWith(FACTMARK_PREFIX)) return annotationId;
  try {
    return decodeURIComponent(annotationId.slice(FACTMARK_PREFIX.length));
  } catch {
    // A stray "%" or an escape that is not UTF-8: the caller reports the id as unreadable.
    return null;
  }
}
