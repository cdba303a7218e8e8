/**
 * The part of PouchDB 9 the desk sync uses, typed at this boundary (PouchDB ships no types of
 * its own). The extension builds its databases with pouchdb-core, the IndexedDB adapter, the
 * HTTP adapter and replication (open-pouch.ts); Node tests and the bench use the same calls on
 * the in-memory adapter, against a CouchDB-protocol server on loopback.
 */
import type { FactmarkDoc } from '../../../core/sync/documents';

/** A document as PouchDB gives it back, of any kind (Factmark's, design or foreign). */
export type AnyDoc = Record<string, unknown> & {
  _id: string;
  _rev: string;
  _deleted?: boolean;
  _conflicts?: string[];
};

export interface WriteResult {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: string | boolean;
  reason?: string;
  /** PouchDB's own errors: `{ error: true, name: 'conflict', message }`; CouchDB's: `reason`. */
  name?: string;
  message?: string;
  status?: number;
}

export interface AllDocsRow {
  id?: string;
  key: string;
  value?: { rev: string; deleted?: boolean };
  doc?: AnyDoc | null;
  error?: string;
}

export interface Change {
  id: string;
  seq: number | string;
  deleted?: boolean;
  changes: { rev: string }[];
  doc?: AnyDoc;
}

export interface ReplicationResult {
  ok: boolean;
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
  errors: unknown[];
}

/** The replication options the sync passes (one-shot, bounded batches). */
export interface ReplicateOptions {
  batch_size?: number;
  batches_limit?: number;
  retry?: false;
}

export interface Pouch {
  name: string;
  info(): Promise<{ update_seq: number | string; doc_count: number }>;
  get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<AnyDoc>;
  put(doc: Record<string, unknown> & { _id: string }): Promise<WriteResult>;
  allDocs(options: {
    keys?: string[];
    include_docs?: boolean;
    conflicts?: boolean;
  }): Promise<{ rows: AllDocsRow[] }>;
  bulkDocs(
    docs: readonly (FactmarkDoc | (Record<string, unknown> & { _id: string }))[],
    options?: { new_edits?: boolean },
  ): Promise<WriteResult[]>;
  bulkGet(options: { docs: { id: string; rev?: string }[] }): Promise<{
    results: { id: string; docs: ({ ok: AnyDoc } | { error: unknown })[] }[];
  }>;
  changes(options: {
    since: number | string;
    limit?: number;
    include_docs?: boolean;
    conflicts?: boolean;
  }): Promise<{ results: Change[]; last_seq: number | string }>;
  replicate: {
    to(target: Pouch, options?: ReplicateOptions): Promise<ReplicationResult>;
    from(source: Pouch, options?: ReplicateOptions): Promise<ReplicationResult>;
  };
  close(): Promise<void>;
  destroy(): Promise<void>;
}
