/**
 * Desk sync bookkeeping: for each record, the CouchDB revision that Dexie and the sync's local
 * PouchDB last agreed on, and the record's `updatedAt` at that moment. A row whose `updatedAt`
 * differs from its mark (or that has none) holds a local change not yet sent: the sync sends it
 * and never overwrites it with a pulled revision. Marks are written only by the sync, through
 * the writer (writer.ts), and never exported.
 */
import type { SyncMark } from '../core/model/derived-rows';
import type { ClaimRecord } from '../core/model/fact-check';
import type { FactmarkTables } from './tables';

/**
 * What a claim's sync mark compares (a claim has no `updatedAt`): when its text was last
 * checked, which a revision of the claim (rebase-claim.ts) moves; null for a claim saved before
 * claims kept it.
 */
export function claimVersion(claim: Pick<ClaimRecord, 'checkedAt'>): string | null {
  return claim.checkedAt ?? null;
}

/**
 * Whether a pulled revision of a claim must leave the stored one alone: it holds a revision the
 * desk has not been sent. A mark written before claims' marks kept `checkedAt` (null) counts as
 * agreed, as every claim's did then; a revision made since is still sent (`isPending`).
 */
export function claimHeldLocally(mark: SyncMark | undefined, claim: Pick<ClaimRecord, 'checkedAt'>): boolean {
  if (mark !== undefined && mark.updatedAt === null) return false;
  return isPending(mark, claimVersion(claim));
}

/**
 * Whether a row that is gone was deleted here and the desk has not been told: its mark stays
 * until the sync sends the delete, and the desk still has the revision it names. A record of that
 * revision coming back from the desk is this device's own write, not news: the delete stands.
 */
export function deletedHere(mark: SyncMark | undefined, rev: string): boolean {
  return mark !== undefined && mark.rev === rev;
}

/** Whether a row has a change the desk has not been sent. */
export function isPending(mark: SyncMark | undefined, updatedAt: string | null): boolean {
  return mark === undefined || mark.updatedAt !== updatedAt;
}

/** Stores marks (replacing those of the same ids) and removes the marks of `removedIds`. */
export async function writeSyncMarks(
  db: FactmarkTables,
  marks: readonly SyncMark[],
  removedIds: readonly string[] = [],
): Promise<void> {
  await db.transaction('rw', db.syncMarks, async () => {
    await db.syncMarks.bulkDelete([...removedIds]);
    await db.syncMarks.bulkPut([...marks]);
  });
}
