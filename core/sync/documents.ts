/**
 * Factmark records as CouchDB documents: one document per article, claim and fact-check, keyed
 * by the record's own id (`_id`), so two members' edits meet (and conflict) per record, never
 * per page. `type` names the record kind; the record's other fields are the document's fields,
 * unchanged, so a desk's database reads like a Factmark export. Derived index fields never
 * travel: each device recomputes them (storage/search-fields.ts).
 */
import type { ArticleRecord, ClaimRecord, FactCheckRecord } from '../model/fact-check';

/** The record kinds a desk database holds, as the documents' `type` field names them. */
export const DOC_TYPES = ['article', 'claim', 'factCheck'] as const;

export type DocType = (typeof DOC_TYPES)[number];

/** The record of each document type. */
export interface RecordOfType {
  article: ArticleRecord;
  claim: ClaimRecord;
  factCheck: FactCheckRecord;
}

/** CouchDB's own fields on a stored document (`_rev` once written, `_conflicts` when asked). */
interface CouchFields {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
}

/** A Factmark document: a record without its `id` (it is the `_id`), and its `type`. */
export type FactmarkDoc<T extends DocType = DocType> = T extends DocType
  ? CouchFields & { type: T } & Omit<RecordOfType[T], 'id'>
  : never;

/** A record with its kind, as the sync reads and writes them. */
export type TypedRecord = {
  [T in DocType]: { type: T; record: RecordOfType[T] };
}[DocType];
