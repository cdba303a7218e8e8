/**
 * Imports a parsed bundle in two steps: `previewImport` plans it against what is stored and
 * changes nothing; `applyImport` writes the plan in one transaction, all or nothing.
 *
 * Incoming articles are filed under their own normalised URL (`rekeyArticlesByUrl`): an article
 * already stored for that URL keeps its id, so one page never has two records and a file cannot
 * name another page's article. The plan then checks every claim and fact-check id against the
 * stored rows (core/exchange/import-plan.ts), and the write is checked by the same record rules
 * as every other write (validate-rows.ts). Article versions are checked against their fingerprint
 * (core/exchange/verify-versions.ts), added when their article lacks them and kept within the
 * budget (article-versions.ts).
 */
import { dequal } from 'dequal';
import type { FactmarkBundle, InvalidRecord } from '../core/exchange/bundle';
import {
  type ConflictPolicy,
  type ImportPlan,
  planImport,
  type StoredForImport,
} from '../core/exchange/import-plan';
import { rekeyArticlesByUrl } from '../core/exchange/rekey-articles';
import { verifyVersionFingerprints } from '../core/exchange/verify-versions';
import type { ArticleRecord, DismissalRecord } from '../core/model/fact-check';
import type { StoredFactCheck } from '../core/model/stored-records';
import { newId } from '../core/model/ids';
import { addImportedVersions, compressVersions, storedVersionKeys } from './article-versions';
import type { FactmarkTables } from './tables';
import { claimRecord, factCheckRecord, rowsFor } from './exchange-records';
import { factCheckRowTables, putFactCheckRows, rederiveFactChecksOf } from './fact-check-rows';
import { publishedReviewTables, putPublishedReviewRows } from './published-reviews';
import { assertValidDismissal, assertValidRows } from './validate-rows';

/** Plans an import of `incoming`; reads storage, writes nothing. */
export async function previewImport(
  db: FactmarkTables,
  incoming: FactmarkBundle,
  invalid: readonly InvalidRecord[],
  policy: ConflictPolicy,
): Promise<ImportPlan> {
  // Read outside the transaction: hashing URLs and texts (crypto.subtle) would let it commit early.
  const verified = await verifyVersionFingerprints(incoming);
  const bundle = await rekeyArticlesByUrl(
    verified.bundle,
    async (url) => (await db.articles.where('url').equals(url).first())?.id,
  );
  const refused = [...invalid, ...verified.invalid];
  const tables = [db.articles, db.claims, db.factChecks, db.articleVersions, db.publishedReviews];
  return db.transaction('r', tables, async () => {
    const [articles, claims, factChecks, storedVersions, storedReviewIds] = await Promise.all([
      db.articles.bulkGet(bundle.articles.map((row) => row.id)),
      db.claims.bulkGet(bundle.claims.map((row) => row.id)),
      db.factChecks.bulkGet(bundle.factChecks.map((row) => row.id)),
      storedVersionKeys(
        db,
        bundle.articles.map((row) => row.id),
      ),
      db.publishedReviews
        .where('id')
        .anyOf((bundle.publishedReviews ?? []).map((row) => row.id))
        .primaryKeys(),
    ]);
    const existing: StoredForImport = {
      articles: articles.filter((row) => row !== undefined),
      claims: claims.filter((row) => row !== undefined).map(claimRecord),
      factChecks: factChecks.filter((row) => row !== undefined).map(factCheckRecord),
      storedVersions,
      storedPublishedReviewIds: storedReviewIds,
    };
    return planImport(existing, bundle, refused, policy);
  });
}

/**
 * A plan whose fact-checks, claims or articles changed in storage since it was made (an edit here
 * or in another tab, a claim confirmed for its new text, a desk sync): it no longer says what it
 * would replace, so nothing is written and the reader is shown a new preview.
 */
export class ImportOutdatedError extends Error {
  override name = 'ImportOutdatedError';
}

/**
 * Writes a plan in one transaction (saved published fact-checks included), unless a record it
 * writes changed since it was planned (`ImportOutdatedError`, nothing written); returns how many
 * fact-checks were written and the URLs of the articles they belong to (for the views to hear
 * about).
 */
export async function applyImport(
  db: FactmarkTables,
  plan: ImportPlan,
): Promise<{ written: number; articleUrls: string[] }> {
  // Compressed before the transaction: IndexedDB transactions close on a foreign await.
  const versions = await compressVersions(plan.write.articleVersions ?? []);
  return db.transaction(
    'rw',
    [
      db.articles,
      db.claims,
      db.dismissals,
      db.articleVersions,
      ...factCheckRowTables(db),
      ...publishedReviewTables(db),
    ],
    async () => {
      const { write } = plan;
      const current = await db.factChecks.bulkGet(write.factChecks.map((row) => row.id));
      const changed = write.factChecks.filter(
        (row, index) => (current[index]?.updatedAt ?? null) !== (plan.seen[row.id] ?? null),
      );
      // The claims and articles it puts too: a claim confirmed for its page's new text, or an
      // article read again, since the preview would be overwritten by the file's older record.
      const claimsBefore = new Map(plan.replaced.claims.map(({ before }) => [before.id, before]));
      const articlesBefore = new Map(plan.replaced.articles.map(({ before }) => [before.id, before]));
      const [claimsNow, articlesNow] = await Promise.all([
        db.claims.bulkGet(write.claims.map((row) => row.id)),
        db.articles.bulkGet(write.articles.map((row) => row.id)),
      ]);
      const changedClaims = write.claims.filter((row, index) => {
        const now = claimsNow[index];
        const before = claimsBefore.get(row.id);
        return now && before ? !dequal(claimRecord(now), before) : now !== before;
      });
      const changedArticles = write.articles.filter(
        (row, index) => articlesNow[index]?.updatedAt !== articlesBefore.get(row.id)?.updatedAt,
      );
      const outdated = [...changed, ...changedClaims, ...changedArticles];
      if (outdated.length > 0) {
        throw new ImportOutdatedError(
          `${outdated.length} record(s) changed since the import was previewed: ${outdated.map((row) => row.id).join(', ')}`,
        );
      }
      const articleIds = [...new Set(write.factChecks.map((row) => row.articleId))];
      const claimIds = [...new Set(write.factChecks.map((row) => row.claimId))];
      const storedArticles = (await db.articles.bulkGet(articleIds)).filter((row) => row !== undefined);
      const storedClaims = (await db.claims.bulkGet(claimIds)).filter((row) => row !== undefined);
      const articlesById = new Map([...storedArticles, ...write.articles].map((row) => [row.id, row]));
      const claimsById = new Map(
        [...storedClaims.map(claimRecord), ...write.claims].map((row) => [row.id, row]),
      );
      for (const row of write.factChecks) {
        const claim = claimsById.get(row.claimId);
        if (!claim || !articlesById.has(row.articleId)) {
          throw new Error(`Fact-check ${row.id} refers to a claim or article that is not in the file`);
        }
        if (claim.articleId !== row.articleId) {
          throw new Error(`Fact-check ${row.id} and its claim belong to different articles`);
        }
      }
      const rows = rowsFor(write, claimsById, articlesById);
      assertValidRows(rows);
      await db.articles.bulkPut(rows.articles);
      await db.claims.bulkPut(rows.claims);
      // `rows.factChecks` are `write.factChecks`, in order: `current` holds what each replaces.
      await putFactCheckRows(
        db,
        rows.factChecks.map((row, index) => withDeskState(row, current[index])),
      );
      // A revised claim's other fact-checks take its new text's words too.
      const revised = new Set(plan.replaced.claims.map(({ after }) => after.id));
      const rederived = await rederiveFactChecksOf(
        db,
        revised,
        new Set(write.factChecks.map((row) => row.id)),
      );
      for (const id of rederived) {
        const article = articlesById.get(id) ?? (await db.articles.get(id));
        if (article) articlesById.set(id, article);
      }
      const marked = await addDismissals(db, write.dismissals ?? [], articlesById);
      const versioned = await addImportedVersions(db, versions);
      await putPublishedReviewRows(db, write.publishedReviews ?? []);
      for (const id of versioned) {
        const article = articlesById.get(id) ?? (await db.articles.get(id));
        if (!article) throw new Error(`An article version refers to article ${id}, not in the file`);
        articlesById.set(id, article);
      }
      const touched = new Set([
        ...write.articles.map((row) => row.id),
        ...articleIds,
        ...rederived,
        ...marked,
        ...versioned,
      ]);
      return {
        written: rows.factChecks.length,
        articleUrls: [...touched].flatMap((id) => {
          const article = articlesById.get(id);
          return article ? [article.url] : [];
        }),
      };
    },
  );
}

/**
 * `row` keeps what desk sync knows of the stored fact-check it replaces: the versions the desk
 * holds that disagree with it, and those the reader resolved, still to be removed from the desk.
 * A file never carries them (they are not exported), and the desk still holds those versions.
 */
function withDeskState(row: StoredFactCheck, replaced: StoredFactCheck | undefined): StoredFactCheck {
  return {
    ...row,
    ...(replaced?.conflicts ? { conflicts: replaced.conflicts } : {}),
    ...(replaced?.resolvedRevs ? { resolvedRevs: replaced.resolvedRevs } : {}),
  };
}

/**
 * Adds imported "not worth checking" marks; one its article already has for the same sentence
 * is skipped, and one whose id is taken gets a new id. Answers the articles that got a mark.
 */
async function addDismissals(
  db: FactmarkTables,
  marks: readonly DismissalRecord[],
  articlesById: Map<string, ArticleRecord>,
): Promise<string[]> {
  const touched: string[] = [];
  for (const mark of marks) {
    const article = articlesById.get(mark.articleId) ?? (await db.articles.get(mark.articleId));
    if (!article)
      throw new Error(`A "not worth checking" mark refers to article ${mark.articleId}, not in the file`);
    articlesById.set(article.id, article);
    const same = await db.dismissals
      .where('articleId')
      .equals(mark.articleId)
      .filter((row) => row.quote.exact === mark.quote.exact)
      .first();
    if (same) continue;
    const row = (await db.dismissals.get(mark.id)) ? { ...mark, id: newId() } : mark;
    assertValidDismissal(row);
    await db.dismissals.add(row);
    touched.push(mark.articleId);
  }
  return touched;
}
