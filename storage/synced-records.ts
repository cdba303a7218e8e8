/**
 * Writes what a desk sync received: articles, claims and fact-checks (with the versions that
 * disagree with them) and deletions, in one transaction with their sync marks (sync-marks.ts).
 * It never overwrites a local change the desk has not been sent: a fact-check or claim whose row
 * has changed since its mark is left as it is (the sync sends it next, as a revision of its own,
 * so a disagreement becomes a conflict the reader sees), one deleted here stays deleted when the
 * desk still holds the revision it was deleted on (the sync sends the delete next), and a
 * fact-check edited here outlives the desk's delete of it. A claim whose text the desk changed re-derives its fact-checks' search
 * words and memory, as a revision here does. Every row is checked by the record rules;
 * one that fails them is skipped and counted, never written.
 */
import { dequal } from 'dequal';
import type { ArticleRecord, ClaimRecord, FactCheckRecord } from '../core/model/fact-check';
import type { StoredClaim, StoredFactCheck } from '../core/model/stored-records';
import type { ConflictingVersion } from '../core/sync/conflicts';
import type { FactmarkTables } from './tables';
import { claimRecord, factCheckRecord } from './exchange-records';
import {
  deleteFactCheckRows,
  factCheckRowTables,
  putFactCheckRows,
  rederiveFactChecksOf,
} from './fact-check-rows';
import { MissingRecordError } from './missing-record';
import { VersionsChangedError } from './versions-changed';
import { factCheckSearchFields } from './search-fields';
import type { LoggedTable, SyncMark } from '../core/model/derived-rows';
import { claimHeldLocally, claimVersion, deletedHere, isPending } from './sync-marks';
import { assertValidArticle, assertValidClaim, assertValidFactCheck } from './validate-rows';
import { errorMessage } from '../core/text/error-message';

/**
 * What a reader was shown when they kept a version: the fact-check as it stood (its `updatedAt`)
 * and the revisions of the versions beside it.
 */
export interface ShownVersions {
  updatedAt: string;
  versions: readonly string[];
}

/** Records received from the desk, each with the revision it is. */
export interface SyncedBatch {
  articles: { record: ArticleRecord; rev: string }[];
  claims: { record: ClaimRecord; rev: string }[];
  factChecks: { record: FactCheckRecord; rev: string; conflicts: ConflictingVersion[] }[];
  /** Documents deleted on the desk (any type: a tombstone does not say). */
  deletedIds: string[];
  /**
   * Records this device deleted and takes back, as the desk keeps them (a teammate's version it
   * never saw): written whatever their marks say (push-local.ts).
   */
  takeBack?: boolean;
}

export interface SyncedOutcome {
  /** Rows written or deleted. */
  applied: number;
  /** Fact-checks left alone because they hold a local change not yet sent. */
  keptLocal: number;
  /** Rows refused by the record rules, with the reason. */
  refused: { id: string; reason: string }[];
  /** URLs of the articles whose fact-checks changed (for the announcement). */
  articleUrls: string[];
}

function checked<T>(
  assert: (row: T) => void,
  row: T,
  refused: SyncedOutcome['refused'],
  id: string,
): boolean {
  try {
    assert(row);
    return true;
  } catch (error) {
    refused.push({ id, reason: errorMessage(error) });
    return false;
  }
}

/** Writes a received batch; see the module comment for what it keeps. */
export async function applySyncedRecords(db: FactmarkTables, batch: SyncedBatch): Promise<SyncedOutcome> {
  const outcome: SyncedOutcome = { applied: 0, keptLocal: 0, refused: [], articleUrls: [] };
  const touchedArticleIds = new Set<string>();
  const tables = [db.articles, db.claims, db.syncMarks, db.syncOutbox, ...factCheckRowTables(db)];
  await db.transaction('rw', tables, async () => {
    const marks: SyncMark[] = [];
    // Articles hold no reader content: the desk's revision is taken, unless another stored
    // article already stands for that URL (one article per page).
    for (const { record, rev } of batch.articles) {
      const sameUrl = await db.articles.where('url').equals(record.url).first();
      if (sameUrl && sameUrl.id !== record.id) continue;
      if (!checked(assertValidArticle, record, outcome.refused, record.id)) continue;
      await db.articles.put(record);
      marks.push({ id: record.id, type: 'article', rev, updatedAt: record.updatedAt });
      outcome.applied++;
    }
    const claimIds = batch.claims.map(({ record }) => record.id);
    const [storedClaims, claimMarks] = await Promise.all([
      db.claims.bulkGet(claimIds),
      db.syncMarks.bulkGet(claimIds),
    ]);
    // Claims whose text the desk changed: their fact-checks' search words and memory follow.
    const revisedClaims = new Set<string>();
    for (const [index, { record, rev }] of batch.claims.entries()) {
      const stored = storedClaims[index];
      // A claim revised here and not sent yet stays, as a fact-check does (below); so does a
      // claim deleted here whose delete the sync has not sent yet (the pull brings back the
      // revision this device wrote before the delete).
      if (
        stored
          ? claimHeldLocally(claimMarks[index], stored) && !dequal(claimRecord(stored), record)
          : !batch.takeBack && deletedHere(claimMarks[index], rev)
      ) {
        outcome.keptLocal++;
        continue;
      }
      const row: StoredClaim = { ...record, anchorStatus: stored?.anchorStatus ?? 'unknown' };
      if (!checked(assertValidClaim, row, outcome.refused, record.id)) continue;
      await db.claims.put(row);
      if (stored && stored.text !== record.text) revisedClaims.add(record.id);
      marks.push({ id: record.id, type: 'claim', rev, updatedAt: claimVersion(record) });
      outcome.applied++;
    }

    const ids = batch.factChecks.map(({ record }) => record.id);
    const [current, currentMarks] = await Promise.all([
      db.factChecks.bulkGet(ids),
      db.syncMarks.bulkGet(ids),
    ]);
    const rows: StoredFactCheck[] = [];
    for (const [index, { record, rev, conflicts }] of batch.factChecks.entries()) {
      const stored = current[index];
      if (
        stored
          ? isPending(currentMarks[index], stored.updatedAt) && !dequal(factCheckRecord(stored), record)
          : !batch.takeBack && deletedHere(currentMarks[index], rev)
      ) {
        outcome.keptLocal++;
        continue;
      }
      const [claim, article] = await Promise.all([
        db.claims.get(record.claimId),
        db.articles.get(record.articleId),
      ]);
      if (!claim || !article) {
        outcome.refused.push({ id: record.id, reason: 'its claim or article is not on the desk' });
        continue;
      }
      const row: StoredFactCheck = {
        ...record,
        ...factCheckSearchFields(record, claim, article),
        ...(conflicts.length > 0 ? { conflicts } : {}),
      };
      if (!checked(assertValidFactCheck, row, outcome.refused, record.id)) continue;
      rows.push(row);
      marks.push({ id: record.id, type: 'factCheck', rev, updatedAt: record.updatedAt });
      touchedArticleIds.add(record.articleId);
    }
    await putFactCheckRows(db, rows);
    outcome.applied += rows.length;
    const rederived = await rederiveFactChecksOf(db, revisedClaims, new Set(rows.map((row) => row.id)));
    for (const articleId of rederived) touchedArticleIds.add(articleId);

    const stillLocal = await deleteUnchanged(db, batch.deletedIds, outcome, touchedArticleIds);
    // Marks of deleted claims and articles go too: their rows may stay (a claim still in use).
    await db.syncMarks.bulkDelete(batch.deletedIds);
    await db.syncMarks.bulkPut(marks);
    // What was written here now is the desk's: not a local change for the next sync to read. What
    // outlived a delete is: the next sync sends it back, its claim with it.
    await db.syncOutbox.bulkDelete(
      [...marks.map((mark) => mark.id), ...batch.deletedIds].filter((id) => !stillLocal.has(id)),
    );
    const stamp = crypto.randomUUID();
    await db.syncOutbox.bulkPut([...stillLocal.entries()].map(([id, table]) => ({ id, table, stamp })));
    const articles = await db.articles.bulkGet([...touchedArticleIds]);
    outcome.articleUrls = articles.flatMap((article) => (article ? [article.url] : []));
  });
  return outcome;
}

/**
 * Deletes the fact-checks the desk deleted, unless changed here since (an edit outlives a
 * delete: the sync sends it back), and the claims left without a fact-check. Answers the rows
 * that outlived the delete with the table each is in: such a fact-check, and its claim when the
 * desk deleted that too, stay in the outbox.
 */
async function deleteUnchanged(
  db: FactmarkTables,
  ids: readonly string[],
  outcome: SyncedOutcome,
  touchedArticleIds: Set<string>,
): Promise<Map<string, LoggedTable>> {
  const stillLocal = new Map<string, LoggedTable>();
  if (ids.length === 0) return stillLocal;
  const [rows, marks] = await Promise.all([db.factChecks.bulkGet([...ids]), db.syncMarks.bulkGet([...ids])]);
  const gone: StoredFactCheck[] = [];
  const kept: StoredFactCheck[] = [];
  rows.forEach((row, index) => {
    if (row) (isPending(marks[index], row.updatedAt) ? kept : gone).push(row);
  });
  outcome.keptLocal += kept.length;
  const deleted = new Set(ids);
  for (const row of kept) {
    stillLocal.set(row.id, 'factChecks');
    if (deleted.has(row.claimId)) stillLocal.set(row.claimId, 'claims');
  }
  await deleteFactCheckRows(db, gone);
  const claimIds = [...new Set(gone.map((row) => row.claimId))];
  const stillUsed = new Set(
    (await db.factChecks.where('claimId').anyOf(claimIds).toArray()).map((row) => row.claimId),
  );
  await db.claims.bulkDelete(claimIds.filter((claimId) => !stillUsed.has(claimId)));
  for (const row of gone) touchedArticleIds.add(row.articleId);
  outcome.applied += gone.length;
  return stillLocal;
}

/**
 * The reader's answer to "two verdicts disagree": the fact-check takes the chosen version's
 * fields, and the versions the reader saw are marked for removal from the desk.
 */
export async function resolveConflict(
  db: FactmarkTables,
  id: string,
  chosen: Pick<FactCheckRecord, 'verdict' | 'sources' | 'note' | 'tags'>,
  seen: ShownVersions,
  now: Date,
): Promise<StoredFactCheck> {
  return db.transaction('rw', [db.articles, db.claims, ...factCheckRowTables(db)], async () => {
    const current = await db.factChecks.get(id);
    if (!current) throw new MissingRecordError(`No fact-check with id ${id}`);
    if (current.updatedAt !== seen.updatedAt) {
      throw new VersionsChangedError(`Fact-check ${id} changed since its versions were shown`);
    }
    const { conflicts = [], resolvedRevs = [], ...rest } = current;
    const fields = { verdict: chosen.verdict, sources: chosen.sources, note: chosen.note, tags: chosen.tags };
    const [claim, article] = await Promise.all([
      db.claims.get(current.claimId),
      db.articles.get(current.articleId),
    ]);
    // Only the versions the reader was shown go: one that arrived since stays beside the kept one.
    const shown = new Set(seen.versions);
    const unseen = conflicts.filter((version) => !shown.has(version.rev));
    const next: StoredFactCheck = {
      ...rest,
      ...fields,
      updatedAt: now.toISOString(),
      ...factCheckSearchFields(fields, claim, article),
      ...(unseen.length > 0 ? { conflicts: unseen } : {}),
      resolvedRevs: [
        ...resolvedRevs,
        ...conflicts.filter((version) => shown.has(version.rev)).map((version) => version.rev),
      ],
    };
    await putFactCheckRows(db, [next]);
    return next;
  });
}
