/**
 * Every write to fact-checks, claims and articles. Each function takes the database as a
 * parameter and runs in one read-write transaction, so a write lands whole or not at all, and
 * recomputes the derived index fields (search-fields.ts) from the records it writes.
 */
import type { ArticleMetadata } from '../core/article/types';
import type { ArticleRecord } from '../core/model/fact-check';
import { articleIdFor, newId } from '../core/model/ids';
import { siteOf } from '../core/model/site';
import type { FactmarkTables } from './tables';
import type {
  AnchorStatus,
  RemovedRecords,
  SavedFactCheck,
  StoredClaim,
  StoredFactCheck,
} from '../core/model/stored-records';
import type { FactCheckDraft, FactCheckFields } from '../core/model/fact-check-draft';
import {
  addFactCheckRow,
  deleteFactCheckRows,
  factCheckRowTables,
  putFactCheckRows,
} from './fact-check-rows';
import { factCheckSearchFields } from './search-fields';
import { assertValidRows } from './validate-rows';
import { assertNamedVersion, keepVersion, type PreparedVersion, versionTables } from './article-versions';
import { MissingRecordError } from './missing-record';
import { revsOf } from '../core/sync/conflicts';

/**
 * The article record for a page, filed under the id derived from its URL, or under the id an
 * article stored for that URL already has (imported by an older version), so its fact-checks
 * stay on the page with the new one. Call inside a transaction over `db.articles`, with
 * `derivedId` (`articleIdFor(draft.url)`) computed before it: hashing (crypto.subtle) inside a
 * transaction would let it commit early.
 */
export async function fileArticle(
  db: FactmarkTables,
  draft: ArticleMetadata & { fingerprint: string },
  derivedId: string,
  at: string,
): Promise<ArticleRecord> {
  const existing =
    (await db.articles.get(derivedId)) ?? (await db.articles.where('url').equals(draft.url).first());
  return {
    ...draft,
    id: existing?.id ?? derivedId,
    site: siteOf(draft.url),
    fingerprint: existing?.fingerprint ?? draft.fingerprint,
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  };
}

/**
 * Creates the fact-check, its claim and (first time) its article. With `version`, the article
 * text it was saved on (whose fingerprint the draft must name) is kept in the same transaction.
 */
export async function createFactCheck(
  db: FactmarkTables,
  draft: FactCheckDraft,
  now: Date,
  version?: PreparedVersion,
): Promise<SavedFactCheck> {
  assertNamedVersion(version, draft.article.fingerprint, 'The fact-check was not saved');
  const at = now.toISOString();
  const derivedId = await articleIdFor(draft.article.url);
  const tables = [db.articles, db.claims, ...versionTables(db, version), ...factCheckRowTables(db)];
  return db.transaction('rw', tables, async () => {
    const article = await fileArticle(db, draft.article, derivedId, at);
    const articleId = article.id;
    const claim: StoredClaim = {
      ...draft.claim,
      id: newId(),
      articleId,
      createdAt: at,
      checkedFingerprint: draft.article.fingerprint,
      checkedAt: at,
      anchorStatus: 'exact',
    };
    const fields: FactCheckFields = {
      verdict: draft.verdict,
      sources: draft.sources,
      note: draft.note,
      tags: draft.tags,
    };
    const factCheck: StoredFactCheck = {
      ...fields,
      id: newId(),
      claimId: claim.id,
      articleId,
      createdAt: at,
      updatedAt: at,
      ...factCheckSearchFields(fields, claim, article),
    };
    assertValidRows({ articles: [article], claims: [claim] });
    await db.articles.put(article);
    await db.claims.add(claim);
    await addFactCheckRow(db, factCheck);
    if (version) await keepVersion(db, articleId, version, now);
    return { article, claim, factCheck };
  });
}

/**
 * Applies an edit; throws `MissingRecordError` when the fact-check is gone (deleted elsewhere).
 * With `version`, the article text the edit was made on is kept in the same transaction.
 */
export async function updateFactCheck(
  db: FactmarkTables,
  id: string,
  changes: Partial<FactCheckFields>,
  now: Date,
  version?: PreparedVersion,
): Promise<StoredFactCheck> {
  const tables = [db.articles, db.claims, ...versionTables(db, version), ...factCheckRowTables(db)];
  return db.transaction('rw', tables, async () => {
    const current = await db.factChecks.get(id);
    if (!current) throw new MissingRecordError(`No fact-check with id ${id}`);
    const fields: FactCheckFields = {
      verdict: changes.verdict !== undefined ? changes.verdict : current.verdict,
      sources: changes.sources ?? current.sources,
      note: changes.note ?? current.note,
      tags: changes.tags ?? current.tags,
    };
    const [claim, article] = await Promise.all([
      db.claims.get(current.claimId),
      db.articles.get(current.articleId),
    ]);
    const next: StoredFactCheck = {
      ...current,
      ...fields,
      updatedAt: now.toISOString(),
      ...factCheckSearchFields(fields, claim, article),
    };
    await putFactCheckRows(db, [next]);
    if (version) await keepVersion(db, current.articleId, version, now);
    return next;
  });
}

/**
 * Deletes fact-checks and the claims left without one, returning what was removed so the
 * caller can offer undo (`restoreRecords`). Articles stay: they hold no user content.
 */
export async function deleteFactChecks(db: FactmarkTables, ids: string[]): Promise<RemovedRecords> {
  return db.transaction('rw', [db.claims, db.syncMarks, ...factCheckRowTables(db)], async () => {
    const factChecks = (await db.factChecks.bulkGet(ids)).filter((row) => row !== undefined);
    const claimIds = [...new Set(factChecks.map((row) => row.claimId))];
    await deleteFactCheckRows(db, factChecks);
    // Desk sync deletes the versions the reader could see beside each one, and no other.
    await db.syncMarks.bulkUpdate(
      factChecks.map((row) => ({ key: row.id, changes: { knownVersions: revsOf(row.conflicts) } })),
    );
    const stillUsed = new Set(
      (await db.factChecks.where('claimId').anyOf(claimIds).toArray()).map((row) => row.claimId),
    );
    const orphanedClaimIds = claimIds.filter((claimId) => !stillUsed.has(claimId));
    const claims = (await db.claims.bulkGet(orphanedClaimIds)).filter((row) => row !== undefined);
    await db.claims.bulkDelete(orphanedClaimIds);
    return { articles: [], claims, factChecks };
  });
}

/** Puts removed records back as they were (undo of a delete). */
export async function restoreRecords(db: FactmarkTables, records: RemovedRecords): Promise<void> {
  assertValidRows(records);
  await db.transaction('rw', [db.articles, db.claims, ...factCheckRowTables(db)], async () => {
    await db.articles.bulkPut(records.articles);
    await db.claims.bulkPut(records.claims);
    await putFactCheckRows(db, records.factChecks);
  });
}

/**
 * Records where the content script last found each claim on its page, and for a `changed` one
 * the text there now (an absent `now` clears the one stored).
 */
export async function setAnchorStatuses(
  db: FactmarkTables,
  statuses: { claimId: string; status: AnchorStatus; now?: string }[],
): Promise<void> {
  await db.transaction('rw', db.claims, async () => {
    for (const { claimId, status, now } of statuses) {
      // Dexie deletes a property updated to undefined.
      await db.claims.update(claimId, {
        anchorStatus: status,
        readsNow: status === 'changed' ? now : undefined,
      });
    }
  });
}
