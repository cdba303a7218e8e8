/**
 * Record ↔ document mapping, both ways. Records become documents field for field (plus `_id`
 * and `type`); documents become records only through the exchange format's record schemas, so
 * whatever a desk's server hands back is checked as strictly as an imported file: unknown
 * fields, wrong types, `javascript:` links and oversized text are refused with a reason.
 */
import * as v from 'valibot';
import { describeIssues } from '../exchange/issues';
import { ArticleRecordSchema, ClaimRecordSchema, FactCheckRecordSchema } from '../exchange/record-schemas';
import { DOC_TYPES, type DocType, type FactmarkDoc, type RecordOfType, type TypedRecord } from './documents';

/** The document for a record; `_rev` is the revision it replaces, when there is one. */
export function recordToDoc<T extends DocType>(
  type: T,
  record: RecordOfType[T],
  rev?: string,
): FactmarkDoc<T> {
  const { id, ...fields } = record;
  return { _id: id, ...(rev === undefined ? {} : { _rev: rev }), type, ...fields } as FactmarkDoc<T>;
}

const SCHEMAS: { [T in DocType]: v.GenericSchema<RecordOfType[T]> } = {
  article: ArticleRecordSchema,
  claim: ClaimRecordSchema,
  factCheck: FactCheckRecordSchema,
};

/** A document read back as a record, or why it was refused. */
export type DocReading = { ok: true; value: TypedRecord } | { ok: false; id: string; reason: string };

/** Reads a (non-deleted) document as a record. Never throws. */
export function docToRecord(doc: unknown): DocReading {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return { ok: false, id: '', reason: 'the document is not an object' };
  }
  const { _id, _rev, _conflicts, _deleted, _revisions, type, ...fields } = doc as Record<string, unknown>;
  const id = typeof _id === 'string' ? _id : '';
  if (!DOC_TYPES.includes(type as DocType)) {
    return { ok: false, id, reason: `unknown document type ${JSON.stringify(type)}` };
  }
  const parsed = v.safeParse(SCHEMAS[type as DocType], { id: _id, ...fields });
  if (!parsed.success) return { ok: false, id, reason: describeIssues(parsed.issues) };
  return { ok: true, value: { type, record: parsed.output } as TypedRecord };
}

/** The document type a design document or a foreign document id cannot be: `_design/…`. */
export function isDesignDocId(id: string): boolean {
  return id.startsWith('_design/');
}
