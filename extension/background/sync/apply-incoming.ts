/**
 * Brings what replication pulled into the local PouchDB into Dexie, through the writer (checked,
 * one transaction per batch, announced to every open view). Reads the local database's changes
 * since the last one applied, so a sync stopped halfway (the service worker put to sleep, the
 * browser closed) picks up where it stopped. A fact-check whose revisions disagree is stored with
 * the other versions beside it; revisions that say the same thing are removed. Articles and
 * claims hold no verdict: their winning revision is kept and the others removed.
 */
import type { ArticleRecord, ClaimRecord, FactCheckRecord } from '../../../core/model/fact-check';
import { detectConflicts } from '../../../core/sync/conflicts';
import { docToRecord, isDesignDocId } from '../../../core/sync/record-docs';
import type { SyncedBatch } from '../../../storage/synced-records';
import type { SyncWriter } from '../../../storage/writer';
import type { AnyDoc, Pouch } from './pouch';
import { readSyncState, writeSyncState } from './sync-state';

/**
 * Changes read and written per Dexie transaction: large enough that 10,000 fact-checks take a
 * few dozen transactions, small enough that a view repaints soon and a batch stays well under
 * the memory of a sleeping service worker.
 */
const CHANGES_BATCH = 500;

export interface IncomingOutcome {
  applied: number;
  keptLocal: number;
  /** Fact-checks stored with disagreeing versions beside them. */
  conflicts: number;
  refused: { id: string; reason: string }[];
}

/** Applies every change of `local` not yet in Dexie. */
export async function applyIncoming(local: Pouch, writer: SyncWriter): Promise<IncomingOutcome> {
  const outcome: IncomingOutcome = { applied: 0, keptLocal: 0, conflicts: 0, refused: [] };
  let state = await readSyncState(local);
  for (;;) {
    const { results, last_seq } = await local.changes({
      since: state.appliedSeq,
      limit: CHANGES_BATCH,
      include_docs: true,
      conflicts: true,
    });
    if (results.length === 0) break;
    const batch = await batchOf(
      local,
      results.flatMap((change) => (change.deleted ? [] : change.doc ? [change.doc] : [])),
      outcome,
    );
    batch.deletedIds = results.filter((change) => change.deleted).map((change) => change.id);
    const written = await writer.applySynced(batch);
    outcome.applied += written.applied;
    outcome.keptLocal += written.keptLocal;
    outcome.refused.push(...written.refused);
    state = await writeSyncState(local, { ...state, appliedSeq: last_seq });
  }
  return outcome;
}

/**
 * Writes into Dexie the desk's current revisions of `ids` (from `local`), with their conflicts,
 * whatever the changes feed already passed: for records this device had let go of that the desk
 * kept (a delete here of a record a teammate changed since).
 */
export async function applyCurrent(
  local: Pouch,
  writer: SyncWriter,
  ids: readonly string[],
): Promise<IncomingOutcome> {
  const outcome: IncomingOutcome = { applied: 0, keptLocal: 0, conflicts: 0, refused: [] };
  if (ids.length === 0) return outcome;
  const { rows } = await local.allDocs({ keys: [...ids], include_docs: true, conflicts: true });
  const docs = rows.flatMap((row) => (row.doc && !row.value?.deleted ? [row.doc] : []));
  const written = await writer.applySynced({ ...(await batchOf(local, docs, outcome)), takeBack: true });
  outcome.applied += written.applied;
  outcome.keptLocal += written.keptLocal;
  outcome.refused.push(...written.refused);
  return outcome;
}

async function batchOf(
  local: Pouch,
  docs: readonly AnyDoc[],
  outcome: IncomingOutcome,
): Promise<SyncedBatch> {
  const batch: SyncedBatch = { articles: [], claims: [], factChecks: [], deletedIds: [] };
  const redundant: { _id: string; _rev: string; _deleted: true }[] = [];
  for (const doc of docs) {
    if (isDesignDocId(doc._id)) continue;
    const read = docToRecord(doc);
    if (!read.ok) {
      outcome.refused.push({ id: read.id, reason: read.reason });
      continue;
    }
    const losers = doc._conflicts ?? [];
    if (read.value.type === 'factCheck') {
      const versions = await losingVersions(local, doc._id, losers);
      const { conflicts, redundantRevs } = detectConflicts(read.value.record, versions);
      redundant.push(...redundantRevs.map((rev) => ({ _id: doc._id, _rev: rev, _deleted: true as const })));
      if (conflicts.length > 0) outcome.conflicts++;
      batch.factChecks.push({ record: read.value.record, rev: doc._rev, conflicts });
      continue;
    }
    redundant.push(...losers.map((rev) => ({ _id: doc._id, _rev: rev, _deleted: true as const })));
    if (read.value.type === 'article') batch.articles.push({ record: read.value.record, rev: doc._rev });
    else batch.claims.push({ record: read.value.record, rev: doc._rev });
  }
  await addMissingParents(local, batch);
  if (redundant.length > 0) await local.bulkDocs(redundant);
  return batch;
}

/** The records of a fact-check's losing revisions (a revision that fails the rules is left out). */
async function losingVersions(
  local: Pouch,
  id: string,
  revs: readonly string[],
): Promise<{ rev: string; record: FactCheckRecord }[]> {
  if (revs.length === 0) return [];
  const { results } = await local.bulkGet({ docs: revs.map((rev) => ({ id, rev })) });
  return results.flatMap(({ docs }) =>
    docs.flatMap((answer) => {
      if (!('ok' in answer)) return [];
      const read = docToRecord(answer.ok);
      return read.ok && read.value.type === 'factCheck'
        ? [{ rev: answer.ok._rev, record: read.value.record }]
        : [];
    }),
  );
}

/**
 * Adds the claims and articles the batch's fact-checks belong to when the changes feed brings
 * them later (it orders documents by their last change, not by kind).
 */
async function addMissingParents(local: Pouch, batch: SyncedBatch): Promise<void> {
  const have = new Set([...batch.articles, ...batch.claims].map(({ record }) => record.id));
  const wanted = [
    ...new Set(
      batch.factChecks
        .flatMap(({ record }) => [record.claimId, record.articleId])
        .filter((id) => !have.has(id)),
    ),
  ];
  if (wanted.length === 0) return;
  const { rows } = await local.allDocs({ keys: wanted, include_docs: true });
  for (const row of rows) {
    if (!row.doc) continue;
    const read = docToRecord(row.doc);
    if (!read.ok) continue;
    if (read.value.type === 'article')
      batch.articles.push({ record: read.value.record as ArticleRecord, rev: row.doc._rev });
    if (read.value.type === 'claim')
      batch.claims.push({ record: read.value.record as ClaimRecord, rev: row.doc._rev });
  }
}
