/**
 * The Factmark database's typed tables: what every storage module reads and writes through.
 * The schema (their indexes and upgrades, schema.ts) is declared by the class that opens the
 * database (db.ts); modules that only use the tables import this type, so no import runs back
 * from the schema's upgrades to the database.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { ArticleVersionRecord } from '../core/model/article-version';
import type {
  ClaimMemoryChange,
  ClaimMemoryRow,
  ClaimMemorySnapshot,
  StoredPublishedReview,
} from '../core/model/claim-memory';
import type {
  DateOrderMonth,
  FacetCount,
  FacetKey,
  FacetPair,
  FacetPairKey,
  OutboxEntry,
  SyncMark,
} from '../core/model/derived-rows';
import type { DismissalRecord } from '../core/model/fact-check';
import type { StoredArticle, StoredClaim, StoredFactCheck } from '../core/model/stored-records';

export class FactmarkTables extends Dexie {
  /** Pages the reader annotated, keyed by an id derived from the normalised URL. */
  articles!: EntityTable<StoredArticle, 'id'>;
  /** Passages anchored in an article (detected claims or hand selections) that carry a fact-check. */
  claims!: EntityTable<StoredClaim, 'id'>;
  /** The reader's verdict, sources, note and tags on a claim. */
  factChecks!: EntityTable<StoredFactCheck, 'id'>;
  /** How many fact-checks have each verdict, site, tag and month, kept in step by every write. */
  facets!: Table<FacetCount, FacetKey>;
  /**
   * For each verdict, its fact-checks per site and month; for each tag, per verdict, site and
   * month. Kept in step by every write.
   */
  facetPairs!: Table<FacetPair, FacetPairKey>;
  /** Every fact-check's place in date order, a row per month, kept in step by every write. */
  dateOrder!: EntityTable<DateOrderMonth, 'month'>;
  /** Sentences the reader marked "not worth checking", not highlighted on their article again. */
  dismissals!: EntityTable<DismissalRecord, 'id'>;
  /** Desk sync: the revision each record last agreed on with the desk (sync-marks.ts). */
  syncMarks!: EntityTable<SyncMark, 'id'>;
  /** The article texts fact-checks were saved on, once per version, gzip-compressed. */
  articleVersions!: EntityTable<ArticleVersionRecord, 'id'>;
  /** Remembered claims (fact-checks with a verdict, saved published reviews) by LSH band, kept in step by every write. */
  claimMemory!: EntityTable<ClaimMemoryRow, 'id'>;
  /** The claim memory's change feed: the last write (its `seq`) that changed each memory row. */
  claimMemoryChanges!: EntityTable<ClaimMemoryChange, 'id'>;
  /** The background's claim memory index as last saved, so a restarted worker loads it in one read. */
  claimMemorySnapshot!: EntityTable<ClaimMemorySnapshot, 'id'>;
  /** Fact-checks published by fact-checkers (ClaimReview) that the reader saved. */
  publishedReviews!: EntityTable<StoredPublishedReview, 'id'>;
  /** Desk sync: the records written since the sync last sent its changes (sync-outbox.ts). */
  syncOutbox!: EntityTable<OutboxEntry, 'id'>;
}
