/**
 * Sends local changes to the sync's local PouchDB, from which replication takes them to the desk.
 * It reads only the records written since it last ran (storage/sync-outbox.ts). A row differs from the desk when its `updatedAt` is not the one of its sync mark (or it has
 * none): it is written as the next revision of the one it was based on — on top when that is still
 * the newest, as a branch when the desk moved on (revisions.ts), so no teammate's edit is replaced
 * unseen. Fact-checks without an author are sent under the member's name. Fact-checks and claims
 * deleted here are deleted on the desk unless the desk changed them since; the disagreeing
 * versions a reader resolved are removed.
 */
import type { ArticleRecord } from '../../../core/model/fact-check';
import type { StoredClaim, StoredFactCheck } from '../../../core/model/stored-records';
import type { DocType, FactmarkDoc } from '../../../core/sync/documents';
import { docToRecord, recordToDoc } from '../../../core/sync/record-docs';
import { sameDoc } from '../../../core/sync/same-content';
import type { FactmarkDb } from '../../../storage/db';
import { claimRecord, factCheckRecord } from '../../../storage/exchange-records';
import type { LoggedTable, OutboxEntry, SyncMark } from '../../../core/model/derived-rows';
import { claimVersion, isPending } from '../../../storage/sync-marks';
import { FULL_SCAN, readOutbox } from '../../../storage/sync-outbox';
import type { SyncWriter } from '../../../storage/writer';
import type { AllDocsRow, Pouch, WriteResult } from './pouch';
import { applyCurrent } from './apply-incoming';
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
  /** Records the local PouchDB refused, with why: sent again by the next sync. */
  refused: string[];
}

/** A record the local PouchDB refused to write. */
interface Refusal {
  id: string;
  type: DocType;
  reason: string;
}

const TABLE_OF: Record<DocType, LoggedTable> = {
  article: 'articles',
  claim: 'claims',
  factCheck: 'factChecks',
};

/** Writes every pending local change into `local`. */
export async function pushLocalChanges(
  db: FactmarkDb,
  writer: SyncWriter,
  local: Pouch,
  member: string,
): Promise<PushOutcome> {
  const { entries, pending } = await db.transaction(
    'r',
    [db.articles, db.claims, db.factChecks, db.syncMarks, db.syncOutbox],
    async () => {
      const entries = await readOutbox(db);
      const pending = entries.some((entry) => entry.id === FULL_SCAN)
        ? await readEveryRow(db, member)
        : await readLogged(db, member, entries);
      return { entries, pending };
    },
  );
  const { outgoing, resolvedRevs, deletions } = pending;
  let sent = 0;
  const refused: Refusal[] = [];
  for (let start = 0; start < outgoing.length; start += WRITE_BATCH) {
    const slice = outgoing.slice(start, start + WRITE_BATCH);
    const batch = await writeBatch(local, slice);
    await writer.recordSyncMarks(batch.marks);
    sent += batch.marks.length;
    refused.push(...batch.refused);
  }
  await removeResolved(local, resolvedRevs);
  const { deleted, refused: notTakenBack } = await pushDeletions(writer, local, deletions);
  // Only now: a sync cut short above finds the same entries next time. A record the local
  // PouchDB refused keeps its entry, or gets one when a full scan found it (the scan is done), so
  // the next sync sends it again, and it alone.
  const unsent = new Set(refused.map((refusal) => refusal.id));
  const logged = new Set(entries.map((entry) => entry.id));
  await writer.clearSyncOutbox(
    entries.filter((entry) => !unsent.has(entry.id)),
    refused
      .filter((refusal) => !logged.has(refusal.id))
      .map(({ id, type }) => ({ id, table: TABLE_OF[type], stamp: crypto.randomUUID() })),
  );
  return {
    sent,
    deleted,
    refused: [...refused.map(({ id, reason }) => `${id}: ${reason}`), ...notTakenBack],
  };
}

interface Pending {
  outgoing: Outgoing[];
  resolvedRevs: { id: string; revs: string[] }[];
  deletions: SyncMark[];
}

/** Sorts rows into what to send, given each record's mark. */
function collector(member: string, marks: ReadonlyMap<string, SyncMark>) {
  const pending: Pending = { outgoing: [], resolvedRevs: [], deletions: [] };
  const changed = (id: string, updatedAt: string | null) => isPending(marks.get(id), updatedAt);
  const base = (id: string) => marks.get(id)?.rev;
  return {
    pending,
    article(article: ArticleRecord) {
      if (!changed(article.id, article.updatedAt)) return;
      const doc = recordToDoc('article', article);
      pending.outgoing.push({ type: 'article', doc, updatedAt: article.updatedAt, base: base(article.id) });
    },
    claim(claim: StoredClaim) {
      const version = claimVersion(claim);
      if (!changed(claim.id, version)) return;
      const doc = recordToDoc('claim', claimRecord(claim));
      pending.outgoing.push({ type: 'claim', doc, updatedAt: version, base: base(claim.id) });
    },
    factCheck(row: StoredFactCheck) {
      if (row.resolvedRevs?.length) pending.resolvedRevs.push({ id: row.id, revs: row.resolvedRevs });
      if (!changed(row.id, row.updatedAt)) return;
      const record = factCheckRecord(row);
      const doc = recordToDoc('factCheck', { ...record, author: record.author ?? member });
      pending.outgoing.push({ type: 'factCheck', doc, updatedAt: row.updatedAt, base: base(row.id) });
    },
    /** A claim or fact-check whose row is gone: deleted here (articles are never deleted). */
    gone(id: string) {
      const mark = marks.get(id);
      if (mark && mark.type !== 'article') pending.deletions.push(mark);
    },
  };
}

/** The records the outbox names (the usual case: what was written since the last sync). */
async function readLogged(db: FactmarkDb, member: string, entries: readonly OutboxEntry[]): Promise<Pending> {
  const idsIn = (table: string) => entries.filter((entry) => entry.table === table).map((entry) => entry.id);
  const [articleIds, claimIds, factCheckIds] = [idsIn('articles'), idsIn('claims'), idsIn('factChecks')];
  const [articles, claims, factChecks, marks] = await Promise.all([
    db.articles.bulkGet(articleIds),
    db.claims.bulkGet(claimIds),
    db.factChecks.bulkGet(factCheckIds),
    db.syncMarks.bulkGet(entries.map((entry) => entry.id)),
  ]);
  const collect = collector(member, new Map(marks.flatMap((mark) => (mark ? [[mark.id, mark]] : []))));
  for (const article of articles) if (article) collect.article(article);
  for (const [index, claim] of claims.entries()) {
    if (claim) collect.claim(claim);
    else collect.gone(claimIds[index] as string);
  }
  for (const [index, row] of factChecks.entries()) {
    if (row) collect.factCheck(row);
    else collect.gone(factCheckIds[index] as string);
  }
  return collect.pending;
}

/** Every row (once after the outbox starts, or after a write that could not name its rows). */
async function readEveryRow(db: FactmarkDb, member: string): Promise<Pending> {
  const marks = new Map((await db.syncMarks.toArray()).map((mark) => [mark.id, mark]));
  const collect = collector(member, marks);
  await db.articles.each((article) => collect.article(article));
  await db.claims.each((claim) => collect.claim(claim));
  await db.factChecks.each((row) => collect.factCheck(row));
  const [claimIds, factCheckIds] = await Promise.all([
    db.claims.toCollection().primaryKeys(),
    db.factChecks.toCollection().primaryKeys(),
  ]);
  const present = new Set<string>([...claimIds, ...factCheckIds]);
  for (const id of marks.keys()) if (!present.has(id)) collect.gone(id);
  return collect.pending;
}

/**
 * Writes one batch; answers the marks of what `local` now holds for each record, and the records
 * it refused (a revision conflict): those are not marked, and stay to send.
 */
async function writeBatch(
  local: Pouch,
  batch: readonly Outgoing[],
): Promise<{ marks: SyncMark[]; refused: Refusal[] }> {
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
  const refused: Refusal[] = [];
  const refuse = (item: Outgoing, { reason, message, name, error }: WriteResult) =>
    refused.push({ id: item.doc._id, type: item.type, reason: reason ?? message ?? name ?? String(error) });
  for (const [index, result] of (await local.bulkDocs(onTop)).entries()) {
    const item = markOf.get(result.id ?? onTop[index]?._id ?? '');
    if (item && result.ok && result.rev)
      marks.push({ id: item.doc._id, type: item.type, rev: result.rev, updatedAt: item.updatedAt });
    else if (item) refuse(item, result);
  }
  if (branches.length > 0) {
    // Without new edits, PouchDB answers only the writes that failed.
    const failed = (await local.bulkDocs(branches, { new_edits: false })).filter((result) => result.error);
    // A failure that names no document leaves every branch of the batch to send again.
    const failedOf = (id: string) => failed.find((result) => result.id === id || result.id === undefined);
    for (const doc of branches) {
      const item = markOf.get(doc._id);
      const failure = failedOf(doc._id);
      if (item && failure) refuse(item, failure);
      else if (item && doc._rev)
        marks.push({ id: doc._id, type: item.type, rev: doc._rev, updatedAt: item.updatedAt });
    }
  }
  return { marks, refused };
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

/**
 * Deletes on the desk what was deleted here: its version and those the reader could see beside it
 * (a fact-check whose versions disagree has one per leaf: deleting only the winning one would make
 * another win), unless the desk changed it since. A version the reader never saw (a teammate's,
 * arrived since) outlives the delete, and the record comes back here with it, its claim too.
 */
async function pushDeletions(
  writer: SyncWriter,
  local: Pouch,
  deletions: readonly SyncMark[],
): Promise<{ deleted: number; refused: string[] }> {
  if (deletions.length === 0) return { deleted: 0, refused: [] };
  const { rows } = await local.allDocs({
    keys: deletions.map((mark) => mark.id),
    include_docs: true,
    conflicts: true,
  });
  // Each record still on the desk, with its other versions and those of them the reader could
  // see: all of a claim's (claims hold no verdict), a fact-check's as they were when deleted.
  const live = deletions.flatMap((mark, index) => {
    const row = rows[index];
    if (!row?.value || row.value.deleted) return [];
    const leaves = row.doc?._conflicts ?? [];
    const known = new Set(mark.type === 'factCheck' ? (mark.knownVersions ?? []) : leaves);
    return [{ mark, row, changed: row.value.rev !== mark.rev, leaves, known }];
  });
  const takeBack = new Set(
    live
      .filter(({ changed, leaves, known }) => changed || leaves.some((rev) => !known.has(rev)))
      .map(({ mark }) => mark.id),
  );
  // A claim deleted here with its last fact-check stays on the desk while that fact-check does.
  for (const { row } of live) {
    const read = takeBack.has(row.key) && row.doc ? docToRecord(row.doc) : null;
    if (read?.ok && read.value.type === 'factCheck') takeBack.add(read.value.record.claimId);
  }
  const tombstones = live
    .filter(({ mark, changed }) => !changed && !(mark.type === 'claim' && takeBack.has(mark.id)))
    .flatMap(({ mark, leaves, known }) =>
      [mark.rev, ...leaves.filter((leaf) => known.has(leaf))].map((rev) => ({
        _id: mark.id,
        _rev: rev,
        _deleted: true,
      })),
    );
  const results = tombstones.length > 0 ? await local.bulkDocs(tombstones) : [];
  // Written back now, not left for a pull: the changes feed may have passed them (set aside then
  // for a local edit since deleted). Their marks are the ones this writes; the others go after,
  // so a sync cut short in between finds its deletions again.
  const back = await applyCurrent(local, writer, [...takeBack]);
  await writer.recordSyncMarks(
    [],
    deletions.map((mark) => mark.id).filter((id) => !takeBack.has(id)),
  );
  return {
    deleted: new Set(results.filter((result) => result.ok).map((result) => result.id)).size,
    refused: back.refused.map(({ id, reason }) => `${id}: ${reason}`),
  };
}
