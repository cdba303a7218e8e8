/**
 * Every version of the database schema, oldest first. Dexie opens an older database and runs
 * each later version's `upgrade` in order, so a version is never edited once released: a change
 * is a new entry here with a test in tests/unit/storage/schema.test.ts that opens the previous
 * version, writes records, and opens this one.
 *
 * Index strings: first key is the primary key; `*` marks a multi-entry index; `[a+b]` compound.
 */
import type { Dexie, Transaction } from 'dexie';
import { siteOf } from '../core/model/site';
import { rebuildClaimMemory } from './claim-memory';
import { rebuildDateOrder } from './date-order';
import { recountFacetPairs } from './facet-pairs';
import { recountFacets } from './facets';
import { factCheckSearchFields } from './search-fields';
import { fullScanEntry } from './sync-outbox';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      articles: 'id, url, updatedAt',
      claims: 'id, articleId',
      factChecks: 'id, claimId, articleId, verdict, createdAt, updatedAt, *tags',
    },
  },
  {
    // Review page: filter by site, full-text search over folded words, orphan filter.
    version: 2,
    stores: {
      articles: 'id, url, site, updatedAt',
      claims: 'id, articleId, anchorStatus',
      factChecks: 'id, claimId, articleId, verdict, createdAt, updatedAt, *tags, site, *words, sourceCount',
    },
    upgrade: async (tx) => {
      await tx
        .table('articles')
        .toCollection()
        .modify((article) => {
          article.site ??= siteOf(article.url);
        });
      await tx
        .table('claims')
        .toCollection()
        .modify((claim) => {
          claim.anchorStatus ??= 'unknown';
        });
      await recomputeSearchFields(tx);
    },
  },
  {
    // Review page at scale: verdict ("none" included) and site with the date as compound keys,
    // so a filter and an order are answered by one index range; stopwords leave the word index.
    version: 3,
    stores: {
      factChecks:
        'id, claimId, articleId, verdict, createdAt, updatedAt, *tags, site, *words, sourceCount, ' +
        '[verdictRank+createdAt], [site+createdAt], [site+articleId+createdAt]',
    },
    upgrade: recomputeSearchFields,
  },
  {
    // Facet counts (facets.ts): the review page's filter choices and unfiltered summary without
    // walking the fact-check indexes.
    version: 4,
    stores: { facets: '[kind+value]' },
    upgrade: recountFacets,
  },
  {
    // Date order (date-order.ts): a search's matches sorted by date without reading them, from
    // the moment the review page opens.
    version: 5,
    stores: { dateOrder: 'month' },
    upgrade: rebuildDateOrder,
  },
  {
    // Sentences the reader marked "not worth checking" (dismissals.ts), by article.
    version: 6,
    stores: { dismissals: 'id, articleId' },
  },
  {
    // Desk sync (#17): fact-checks by author (the review page's author filter), and the sync's
    // marks (sync-marks.ts). Fact-checks made before desks keep no author: nothing to upgrade.
    version: 7,
    stores: {
      factChecks:
        'id, claimId, articleId, verdict, createdAt, updatedAt, *tags, site, *words, sourceCount, ' +
        '[verdictRank+createdAt], [site+createdAt], [site+articleId+createdAt], author',
      syncMarks: 'id',
    },
  },
  {
    // Article versions (article-versions.ts): the text each fact-check was saved on, compressed,
    // to tell the reader what changed since. A new table: nothing to migrate.
    version: 8,
    stores: { articleVersions: 'id, articleId, [articleId+checkedAt]' },
  },
  {
    // Claim memory (claim-memory.ts): "already checked" across sites, an LSH bucket per band key;
    // published fact-checks the reader saved (published-reviews.ts) join it.
    version: 9,
    stores: { claimMemory: 'id, *bands', publishedReviews: 'id, pageUrl, savedAt' },
    upgrade: rebuildClaimMemory,
  },
  {
    // Claim memory fingerprints computed anew: seasons are dates, reporting words ("show",
    // "published", weekdays) are ignored, rise and fall words are counted (core/memory/).
    version: 10,
    stores: {},
    upgrade: rebuildClaimMemory,
  },
  {
    // Desk sync's change log (sync-outbox.ts): a sync reads the records written since it last
    // sent, not every row. Records stored before the log existed are found by one full scan.
    version: 11,
    stores: { syncOutbox: 'id' },
    upgrade: async (tx) => {
      await tx.table('syncOutbox').put(fullScanEntry());
    },
  },
  {
    // The claim memory's change feed (claim-memory.ts): which memory rows each write changed, in
    // write order, so the background's in-memory index catches up by reading only those; and
    // that index as last saved (claim-memory-index.ts). New tables: the first index after this
    // version is built from the whole memory.
    version: 12,
    stores: { claimMemoryChanges: 'id, seq', claimMemorySnapshot: 'id' },
  },
  {
    // The claim memory's multi-entry `bands` index dropped: lookups use the background's
    // in-memory index (claim-memory-index.ts) and no query reads it, while every memory write
    // paid 32 index entries for it. Fingerprints computed anew: dotted acronyms ("U.S."),
    // currency signs, "1 398,69" and "d'après" are read as their other spellings (core/memory/).
    version: 13,
    stores: { claimMemory: 'id' },
    upgrade: rebuildClaimMemory,
  },
  {
    // Facet pairs (facet-pairs.ts): a one-facet filter's summary charts from a few hundred rows
    // instead of every id of the collection.
    version: 14,
    stores: { facetPairs: '[of+ofValue+kind+value]' },
    upgrade: recountFacetPairs,
  },
];

/** Recomputes every fact-check's derived fields from its claim and article. */
async function recomputeSearchFields(tx: Transaction): Promise<void> {
  const articles = new Map((await tx.table('articles').toArray()).map((a) => [a.id, a]));
  const claims = new Map((await tx.table('claims').toArray()).map((c) => [c.id, c]));
  await tx
    .table('factChecks')
    .toCollection()
    .modify((factCheck) => {
      Object.assign(
        factCheck,
        factCheckSearchFields(factCheck, claims.get(factCheck.claimId), articles.get(factCheck.articleId)),
      );
    });
}

/** Declares every version on `db`; Dexie picks the upgrades a stored database needs. */
export function declareSchema(db: Dexie, upTo = SCHEMA_VERSIONS.length): void {
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS.slice(0, upTo)) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}
