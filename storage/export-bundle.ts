/**
 * Gathers the records an export needs: the chosen fact-checks with their claims and articles,
 * as exchange records (no derived fields), the "not worth checking" marks of a whole-store or
 * one-page export (with their articles), the stored versions of every article exported
 * (their texts, for Factmark JSON: article-versions.ts), the saved published fact-checks of a
 * whole-store export, and the claims whose words changed on their page with the text there now
 * (for the CSV, Markdown and ClaimReview exports).
 */
import type { FactmarkBundle } from '../core/exchange/bundle';
import type { DismissalRecord } from '../core/model/fact-check';
import type { StoredFactCheck } from '../core/model/stored-records';
import { exportedVersions } from './article-versions';
import type { FactmarkTables } from './tables';
import { claimRecord, factCheckRecord } from './exchange-records';

export type ExportScope =
  | { kind: 'all' }
  | { kind: 'factChecks'; ids: readonly string[] }
  /** One page's: every article stored for its (normalised) URL, as the page shows them. */
  | { kind: 'page'; url: string };

/** A scope as read: a page's by the ids of the articles stored for its URL. */
type ReadScope = Exclude<ExportScope, { kind: 'page' }> | { kind: 'articles'; ids: readonly string[] };

/** Older versions could file one URL under two article ids: a page's scope holds both. */
async function readScope(db: FactmarkTables, scope: ExportScope): Promise<ReadScope> {
  if (scope.kind !== 'page') return scope;
  return {
    kind: 'articles',
    ids: (await db.articles.where('url').equals(scope.url).primaryKeys()) as string[],
  };
}

async function factChecksIn(db: FactmarkTables, scope: ReadScope): Promise<StoredFactCheck[]> {
  switch (scope.kind) {
    case 'all':
      return db.factChecks.toArray();
    case 'factChecks':
      return (await db.factChecks.bulkGet([...scope.ids])).filter((row) => row !== undefined);
    case 'articles':
      return db.factChecks.where('articleId').anyOf(scope.ids).toArray();
  }
}

/** The "not worth checking" marks an export carries: all of them, or one page's. */
async function dismissalsIn(db: FactmarkTables, scope: ReadScope): Promise<DismissalRecord[]> {
  switch (scope.kind) {
    case 'all':
      return db.dismissals.toArray();
    case 'factChecks':
      return [];
    case 'articles':
      return db.dismissals.where('articleId').anyOf(scope.ids).toArray();
  }
}

export async function exportBundle(db: FactmarkTables, scope: ExportScope): Promise<FactmarkBundle> {
  const bundle = await recordsIn(db, scope);
  const articleVersions = await exportedVersions(
    db,
    bundle.articles.map((article) => article.id),
  );
  // The saved published fact-checks belong to no article: an export of everything carries them.
  const publishedReviews = scope.kind === 'all' ? await db.publishedReviews.toArray() : [];
  return { ...bundle, articleVersions, publishedReviews };
}

async function recordsIn(db: FactmarkTables, scope: ExportScope): Promise<FactmarkBundle> {
  return db.transaction('r', [db.articles, db.claims, db.factChecks, db.dismissals], async () => {
    const read = await readScope(db, scope);
    const [factChecks, dismissals] = await Promise.all([factChecksIn(db, read), dismissalsIn(db, read)]);
    const claimIds = [...new Set(factChecks.map((row) => row.claimId))];
    const articleIds = [...new Set([...factChecks, ...dismissals].map((row) => row.articleId))];
    const [claims, articles] = await Promise.all([
      db.claims.bulkGet(claimIds),
      db.articles.bulkGet(articleIds),
    ]);
    const stored = claims.filter((row) => row !== undefined);
    return {
      articles: articles.filter((row) => row !== undefined),
      claims: stored.map(claimRecord),
      changedClaims: stored.flatMap((row) =>
        row.anchorStatus === 'changed' && row.readsNow !== undefined
          ? [{ claimId: row.id, now: row.readsNow }]
          : [],
      ),
      factChecks: factChecks.map(factCheckRecord),
      dismissals,
    };
  });
}
