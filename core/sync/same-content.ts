/**
 * Whether a document already says what a record says: the test that keeps a sync from writing
 * back what it just received (and from making a new revision for nothing).
 */
import { dequal } from 'dequal';
import type { DocType, FactmarkDoc, RecordOfType } from './documents';
import { recordToDoc } from './record-docs';

/** A document's content: everything but CouchDB's own bookkeeping fields. */
function contentOf(doc: Record<string, unknown>): Record<string, unknown> {
  const { _rev, _conflicts, _revisions, _deleted, ...content } = doc;
  return content;
}

/** True when two documents (any revisions) hold the same fields. */
export function sameDoc(a: object | undefined, b: object | undefined): boolean {
  const left = a as Record<string, unknown> | undefined;
  const right = b as Record<string, unknown> | undefined;
  if (!left || !right || left._deleted || right._deleted) return false;
  return dequal(contentOf(left), contentOf(right));
}

/** True when `doc` (a stored revision) holds exactly `record`'s fields. */
export function sameContent<T extends DocType>(
  type: T,
  record: RecordOfType[T],
  doc: FactmarkDoc | undefined,
): boolean {
  return sameDoc(recordToDoc(type, record), doc);
}
