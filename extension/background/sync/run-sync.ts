/**
 * One sync of the reader's fact-checks with their desk: local changes into the local PouchDB,
 * one-shot replications to and from the desk's CouchDB database, then what came back into Dexie.
 * Each step leaves consistent state behind, so a sync cut short (server gone mid-replication,
 * service worker stopped) loses nothing: the next one resumes from the replication checkpoints
 * and the applied-change mark (sync-state.ts).
 */
import type { FactmarkDb } from '../../../storage/db';
import type { SyncWriter } from '../../../storage/writer';
import { applyIncoming } from './apply-incoming';
import type { Pouch, ReplicationResult } from './pouch';
import { pushLocalChanges } from './push-local';
import { describeSyncError, type SyncError } from './sync-errors';

/**
 * Documents per replication batch: PouchDB's default is 100; 500 cuts the round trips for a
 * desk of 10,000 fact-checks by five (npm run bench:sync) while a batch stays a few hundred kB.
 */
const REPLICATION_BATCH = 500;

export interface SyncReport {
  ok: boolean;
  /** Records written towards the desk. */
  sent: number;
  /** Records received from the desk and written into Dexie. */
  received: number;
  /** Fact-checks now showing disagreeing versions. */
  conflicts: number;
  /**
   * Changes the desk refused (its rules, or another member's fact-check) or the local copy could
   * not take (sent again next time), with the reason.
   */
  refused: string[];
  error?: SyncError;
}

export interface SyncParties {
  db: FactmarkDb;
  writer: SyncWriter;
  local: Pouch;
  remote: Pouch;
  member: string;
  desk: string;
}

function refusals(result: ReplicationResult): string[] {
  return result.errors.map((error) => {
    const { id, reason, message } = (error ?? {}) as { id?: string; reason?: string; message?: string };
    return `${id ? `${id}: ` : ''}${reason ?? message ?? String(error)}`;
  });
}

/** Runs one sync; never throws: a failure is the report's `error`. */
export async function runSync({ db, writer, local, remote, member, desk }: SyncParties): Promise<SyncReport> {
  const report: SyncReport = { ok: false, sent: 0, received: 0, conflicts: 0, refused: [] };
  try {
    const pushed = await pushLocalChanges(db, writer, local, member);
    report.sent = pushed.sent + pushed.deleted;
    report.refused.push(...pushed.refused);
    const options = { batch_size: REPLICATION_BATCH, retry: false as const };
    const up = await local.replicate.to(remote, options);
    report.refused.push(...refusals(up));
    await local.replicate.from(remote, options);
  } catch (error) {
    report.error = describeSyncError(error, desk);
  }
  // What arrived before a failure is still written: nothing pulled waits for the next sync.
  try {
    const incoming = await applyIncoming(local, writer);
    report.received = incoming.applied;
    report.conflicts = incoming.conflicts;
    report.refused.push(...incoming.refused.map(({ id, reason }) => `${id}: ${reason}`));
  } catch (error) {
    report.error ??= describeSyncError(error, desk);
  }
  report.ok = report.error === undefined;
  return report;
}
