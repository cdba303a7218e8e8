/**
 * Sends local changes to the sync's local PouchDB, from which replication takes them to the desk.
 * A row differs from the desk when its `updatedAt` is not the one of its sync mark (or it has
 * none): it is written as the next revision of the one it was based on — on top when that is still
 * the newest, as a branch when the desk moved on (revisions.ts), so no teammate's edit is replaced
 * unseen. Fact-checks without an author are sent under the member's name. Fact-checks and claims
 * deleted here are deleted on the desk unless the desk changed them since; the disagreeing
 * versions a reader resolved are removed.
 */
import type { ArticleRecord } from '../../../core/model/fact-check';
import type { StoredFactCheck } from '../../../core/model/stored-records';
import type { DocType, FactmarkDoc } from '../../../core/sync/documents';
import { recordToDoc } from '../../../core/sync/record-docs';
import { sameDoc } from '../../../core/sync/same-content';
import type { FactmarkDb } from '../../../storage/db';
import { claimRecord, factCheckRecord } from '../../../storage/exchange-records';
import type { SyncMark } from '../../../core/model/derived-rows';
import { isPending } from '../../../storage/sync-marks';
import type { SyncWriter } from '../../../storage/writer';
import type { AllDocsRow, Pouch } from './pouch';
import { branchFrom } from './revisions';

/** Documents written per bulkDocs call: bounds memory at 10,000 records without many round trips. */
const WRITE_BATCH = 500;

interface Outgoing {
  type: DocType;
  doc: FactmarkDoc;
  updatedAt: string | null;
  /** The revision the local change was made on (its mark's), none for a record new here. */
  base: string | undefined;
}

export interface PushOutcome {
  /** Records written to the local PouchDB (sent to the desk by the next replication). */
  sent: number;
  /** Records deleted. */
  deleted: number;
}

/** Writes every pending local change into `local`. */
export async function pushLocalChanges(
  db: FactmarkDb,
  writer: SyncWriter,
  local: Pouch,
  member: string,
): Promise<PushOutcome> {
  const { outgoing, resolvedRevs, deletions } = await db.transaction(
    'r',
    [db.articles, db.claims, db.factChecks, db.syncMarks],
    () => readPending(db, member),
  );
  let sent = 0;
  for (let start = 0; start < outgoing.length; start += WRITE_BATCH) {
    const slice = outgoing.slice(start, start + WRITE_BATCH);
    const marks = await writeBatch(local, slice);
    await writer.recordSyncMarks(marks);
    sent += marks.length;
  }
  await removeResolved(local, resolvedRevs);
  const deleted = await pushDeletions(writer, local, deletions);
  return { sent, deleted };
}

async function readPending(db: FactmarkDb, member: string) {
  const marks = new Map((await db.syncMarks.toArray()).map((mark) => [mark.id, mark]));
  const outgoing: Outgoing[] = [];
  const resolvedRevs: { id: string; revs: string[] }[] = [];
  const pending = (id: string, updatedAt: string | null) => isPending(marks.get(id), updatedAt);
  const base = (id: string) => marks.get(id)?.rev;

  await db.articles.each((article: ArticleRecord) => {
    if (pending(article.id, article.updatedAt)) {
      outgoing.push({
        type: 'article',
        doc: recordToDoc('article', article),
        updatedAt: article.updatedAt,
        base: base(article.id),
      });
    }
  });
  await db.claims.each((claim) => {
    if (pending(claim.id, null)) {
      outgoing.push({
        type: 'claim',
        doc: recordToDoc('claim', claimRecord(claim)),
        updatedAt: null,
        base: base(claim.id),
      });
    }
  });
  await db.factChecks.each((row: StoredFactCheck) => {
    if (row.resolvedRevs?.length) resolvedRevs.push({ id: row.id, revs: row.resolvedRevs });
    if (!pending(row.id, row.updatedAt)) return;
    const record = factCheckRecord(row);
    const doc = recordToDoc('factCheck', { ...record, author: record.author ?? member });
    outgoing.push({ type: 'factCheck', doc, updatedAt: row.updatedAt, base: base(row.id) });
  });

  // Marks whose row is gone: deleted here (articles are never deleted, only left behind).
  const [claimIds, factCheckIds] = await Promise.all([
    db.claims.toCollection().primaryKeys(),
    db.factChecks.toCollection().primaryKeys(),
  ]);
  const present = new Set<string>([...claimIds, ...factCheckIds]);
  const deletions = [...marks.values()].filter((mark) => mark.type !== 'article' && !present.has(mark.id));
  return { outgoing, resolvedRevs, deletions };
}

/** Writes one batch; answers the marks of what `local` now holds for each record. */
async function writeBatch(local: Pouch, batch: readonly Outgoing[]): Promise<SyncMark[]> {
  const { rows } = await local.allDocs({ keys: batch.map(({ doc }) => doc._id), include_docs: true });
  const marks: SyncMark[] = [];
  const onTop: FactmarkDoc[] = [];
  const branches: FactmarkDoc[] = [];
  const markOf = new Map<string, Outgoing>();
  batch.forEach((item, index) => {
    const row = rows[index] as AllDocsRow;
    const stored = row.value;
    const id = item.doc._id;
    markOf.set(id, item);
    if (stored && !stored.deleted && sameDoc(item.doc, row.doc ?? undefined)) {
      marks.push({ id, type: item.type, rev: stored.rev, updatedAt: item.updatedAt });
      return;
    }
    // New, restored after a delete, or changed on the newest revision: on top. Otherwise the desk
    // moved on since this change's base: a branch, so both versions stay.
    if (!stored || stored.deleted || stored.rev === item.base) {
      onTop.push({ ...item.doc, ...(stored ? { _rev: stored.rev } : {}) });
    } else {
      branches.push({ ...item.doc, ...branchFrom(item.base) } as FactmarkDoc);
    }
  });
  for (const result of await local.bulkDocs(onTop)) {
    const item = result.id === undefined ? undefined : markOf.get(result.id);
    if (item && result.ok && result.rev)
      marks.push({ id: item.doc._id, type: item.type, rev: result.rev, updatedAt: item.updatedAt });
  }
  if (branches.length > 0) {
    await local.bulkDocs(branches, { new_edits: false });
    for (const doc of branches) {
      const item = markOf.get(doc._id);
      if (item && doc._rev)
        marks.push({ id: doc._id, type: item.type, rev: doc._rev, updatedAt: item.updatedAt });
    }
  }
  return marks;
}

/** Removes the disagreeing revisions the reader resolved (those already gone are skipped). */
async function removeResolved(
  local: Pouch,
  resolved: readonly { id: string; revs: string[] }[],
): Promise<void> {
  const tombstones = resolved.flatMap(({ id, revs }) =>
    revs.map((rev) => ({ _id: id, _rev: rev, _deleted: true })),
  );
  // A revision no longer a leaf answers a conflict error: nothing left to remove.
  if (tombstones.length > 0) await local.bulkDocs(tombstones);
}

/** Deletes on the desk what was deleted here, unless the desk changed it since. */
async function pushDeletions(
  writer: SyncWriter,
  local: Pouch,
  deletions: readonly SyncMark[],
): Promise<number> {
  if (deletions.length === 0) return 0;
  const { rows } = await local.allDocs({ keys: deletions.map((mark) => mark.id) });
  const tombstones = deletions.flatMap((mark, index) => {
    const value = rows[index]?.value;
    return value && !value.deleted && value.rev === mark.rev
      ? [{ _id: mark.id, _rev: mark.rev, _deleted: true }]
      : [];
  });
  const results = tombstones.length > 0 ? await local.bulkDocs(tombstones) : [];
  // Changed on the desk meanwhile: its mark goes and the next pull brings the record back.
  await writer.recordSyncMarks(
    [],
    deletions.map((mark) => mark.id),
  );
  return results.filter((result) => result.ok).length;
}
