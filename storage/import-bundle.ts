/**
 * Imports a parsed bundle in two steps: `previewImport` plans it against what is stored and
 * changes nothing; `applyImport` writes the plan in one transaction, all or nothing.
 *
 * An incoming article whose URL is already stored under another id (an annotation from another
 * tool, keyed by its URL) is merged into the stored article, so one page never has two records.
 */
import type { FactmarkBundle, InvalidRecord } from '../core/exchange/bundle';
import { type ConflictPolicy, type ImportPlan, planImport } from '../core/exchange/import-plan';
import type { FactmarkDb } from './db';
import { claimRecord, factCheckRecord, rowsFor } from './exchange-records';
import { factCheckRowTables, putFactCheckRows } from './fact-check-rows';

async function mergeArticlesByUrl(db: FactmarkDb, bundle: FactmarkBundle): Promise<FactmarkBundle> {
  const renamed = new Map<string, string>();
  for (const article of bundle.articles) {
    const stored = await db.articles.where('url').equals(article.url).first();
    if (stored && stored.id !== article.id) renamed.set(article.id, stored.id);
  }
  if (renamed.size === 0) return bundle;
  const idOf = (articleId: string) => renamed.get(articleId) ?? articleId;
  return {
    articles: bundle.articles.map((article) => ({ ...article, id: idOf(article.id) })),
    claims: bundle.claims.map((claim) => ({ ...claim, articleId: idOf(claim.articleId) })),
    factChecks: bundle.factChecks.map((factCheck) => ({
      ...factCheck,
      articleId: idOf(factCheck.articleId),
    })),
  };
}

/** Plans an import of `incoming`; reads storage, writes nothing. */
export async function previewImport(
  db: FactmarkDb,
  incoming: FactmarkBundle,
  invalid: readonly InvalidRecord[],
  policy: ConflictPolicy,
): Promise<ImportPlan> {
  return db.transaction('r', db.articles, db.claims, db.factChecks, async () => {
    const bundle = await mergeArticlesByUrl(db, incoming);
    const [articles, claims, factChecks] = await Promise.all([
      db.articles.bulkGet(bundle.articles.map((row) => row.id)),
      db.claims.bulkGet(bundle.claims.map((row) => row.id)),
      db.factChecks.bulkGet(bundle.factChecks.map((row) => row.id)),
    ]);
    const existing: FactmarkBundle = {
      articles: articles.filter((row) => row !== undefined),
      claims: claims.filter((row) => row !== undefined).map(claimRecord),
      factChecks: factChecks.filter((row) => row !== undefined).map(factCheckRecord),
    };
    return planImport(existing, bundle, invalid, policy);
  });
}

/** Writes a plan in one transaction; returns how many fact-checks were written. */
export async function applyImport(db: FactmarkDb, plan: ImportPlan): Promise<number> {
  return db.transaction('rw', [db.articles, db.claims, ...factCheckRowTables(db)], async () => {
    const { write } = plan;
    const articleIds = [...new Set(write.factChecks.map((row) => row.articleId))];
    const claimIds = [...new Set(write.factChecks.map((row) => row.claimId))];
    const storedArticles = (await db.articles.bulkGet(articleIds)).filter((row) => row !== undefined);
    const storedClaims = (await db.claims.bulkGet(claimIds)).filter((row) => row !== undefined);
    const articlesById = new Map([...storedArticles, ...write.articles].map((row) => [row.id, row]));
    const claimsById = new Map(
      [...storedClaims.map(claimRecord), ...write.claims].map((row) => [row.id, row]),
    );
    const missing = write.factChecks.find(
      (row) => !claimsById.has(row.claimId) || !articlesById.has(row.articleId),
    );
    if (missing)
      throw new Error(`Fact-check ${missing.id} refers to a claim or article that is not in the file`);
    const rows = rowsFor(write, claimsById, articlesById);
    await db.articles.bulkPut(rows.articles);
    await db.claims.bulkPut(rows.claims);
    await putFactCheckRows(db, rows.factChecks);
    return rows.factChecks.length;
  });
}
