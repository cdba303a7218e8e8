/**
 * Rows the database derives from the records and keeps in step with every write (storage/):
 * the date order, the facet counts, desk sync's marks and its change log. Typed here, beside the records they
 * derive from, so the database's table types need nothing from the modules that write them.
 */
import type { DocType } from '../sync/documents';

/** One month's fact-checks in date order. */
export interface DateOrderMonth {
  /** `YYYY-MM` (UTC), the first characters of `createdAt` (an ISO instant). */
  month: string;
  /** `dateKey` of each fact-check created that month, sorted. */
  keys: string[];
}

/** What a facet counts: fact-checks by verdict, site, tag or month. */
export type FacetKind = 'verdict' | 'site' | 'tag' | 'month';

/** How many fact-checks have one facet value. */
export interface FacetCount {
  kind: FacetKind;
  /** The verdict key (`none` for no verdict), the site, the tag, or the month `YYYY-MM` (UTC). */
  value: string;
  count: number;
}

export type FacetKey = [FacetKind, string];

/** The facets whose pairs are kept: verdicts and tags (storage/facet-pairs.ts says why not sites). */
export type PairOf = 'verdict' | 'tag';
/** The facets the review summary charts: verdict, site, month. */
export type PairKind = 'verdict' | 'site' | 'month';

/**
 * How many fact-checks with one facet value (`of`, `ofValue`) have another facet's value: the
 * summary of a one-facet filter, read from a few rows (storage/facet-pairs.ts).
 */
export interface FacetPair {
  of: PairOf;
  ofValue: string;
  kind: PairKind;
  value: string;
  count: number;
}

export type FacetPairKey = [PairOf, string, PairKind, string];

/** For a record, the desk revision Dexie and the sync's PouchDB last agreed on (storage/sync-marks.ts). */
export interface SyncMark {
  /** The record's id (its document's `_id`). */
  id: string;
  type: DocType;
  /** The revision Dexie's row mirrors. */
  rev: string;
  /** The row's `updatedAt` when it mirrored `rev`; null for claims, which are never edited. */
  updatedAt: string | null;
  /**
   * A fact-check deleted here: the revisions of the versions that disagreed with it on this device
   * when the reader deleted it (what they could have seen). Its delete removes these and `rev`,
   * and leaves any other version, a teammate's the reader never saw, to take its place.
   */
  knownVersions?: string[];
}

/** The tables desk sync's change log follows (storage/sync-outbox.ts). */
export type LoggedTable = 'articles' | 'claims' | 'factChecks';

export interface OutboxEntry {
  /** The record's id, or FULL_SCAN. */
  id: string;
  table: LoggedTable | 'all';
  /** Changes each time the record is written again. */
  stamp: string;
}
