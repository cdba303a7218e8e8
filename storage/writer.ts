/**
 * The one way views write: every write of a fact-check, claim or article — the card (through the
 * background), the review page's editor, delete and undo, retag, import — goes through a
 * `FactmarkWriter`, which runs it in storage (validated, one transaction) and then announces it
 * with the URLs of the articles it touched, so every open tab repaints its highlights and every
 * view refreshes. The caller supplies `announce` (extension/messaging/notify.ts in the extension;
 * a spy in tests). An announcement that fails is logged, never turned into a failed write: the
 * data is safe by then. tests/unit/storage/writer.test.ts checks no view calls the raw writes.
 */
import type { PublishedReview } from '../core/claimreview/published-review';
import type { ImportPlan } from '../core/exchange/import-plan';
import type { StoredPublishedReview } from '../core/model/claim-memory';
import type {
  AnchorStatus,
  RemovedRecords,
  SavedFactCheck,
  StoredFactCheck,
} from '../core/model/stored-records';
import type { ClaimRecord } from '../core/model/fact-check';
import type { FactCheckDraft, FactCheckFields } from '../core/model/fact-check-draft';
import type { OutboxEntry, SyncMark } from '../core/model/derived-rows';
import { dismissChangeNotice, prepareVersion } from './article-versions';
import { rebaseClaim } from './rebase-claim';
import type { FactmarkTables } from './tables';
import {
  createFactCheck,
  deleteFactChecks,
  restoreRecords,
  setAnchorStatuses,
  updateFactCheck,
} from './fact-checks';
import { applyImport } from './import-bundle';
import type { DismissalRecord } from '../core/model/fact-check';
import { type DismissalDraft, dismissClaim, undismissClaim } from './dismissals';
import { ensurePersisted } from './persistence';
import { savePublishedReviews } from './published-reviews';
import { retagFactChecks } from './retag';
import { writeSyncMarks } from './sync-marks';
import { clearOutbox } from './sync-outbox';
import {
  applySyncedRecords,
  resolveConflict,
  type ShownVersions,
  type SyncedBatch,
  type SyncedOutcome,
} from './synced-records';
import { MAX_ANNOUNCED_URLS } from '../core/messaging/protocol';

/** Tells every open view that these articles' fact-checks changed; null means "any article". */
export type Announce = (articleUrls: readonly string[] | null) => Promise<void>;

/**
 * The reader's saves from a page may carry `articleText`, the article as the page reads now: it is
 * kept as a version (article-versions.ts) in the save's own transaction, so a fact-check is never
 * stored without the text it was saved on, nor that text without its save.
 */
export interface FactmarkWriter {
  create(draft: FactCheckDraft, articleText?: string): Promise<SavedFactCheck>;
  update(id: string, changes: Partial<FactCheckFields>, articleText?: string): Promise<StoredFactCheck>;
  /** Deletes fact-checks; the answer restores them (`restore`). */
  delete(ids: readonly string[]): Promise<RemovedRecords>;
  restore(records: RemovedRecords): Promise<void>;
  /** Adds or removes a tag on many fact-checks; answers how many changed. */
  retag(ids: readonly string[], change: { add: string } | { remove: string }): Promise<number>;
  /** Writes a previewed import; answers how many fact-checks were written. */
  applyImport(plan: ImportPlan): Promise<number>;
  /**
   * The reader dismissed the notice that the article at `url` changed from version
   * `checkedFingerprint` to the text `nowFingerprint` (article-versions.ts); announced, so the
   * page's other views hear of it.
   */
  dismissChangeNotice(url: string, checkedFingerprint: string, nowFingerprint: string): Promise<void>;
  /** The reader confirms or revises a changed claim: it now quotes its current text (rebase-claim.ts). */
  rebaseClaim(
    claimId: string,
    current: Pick<ClaimRecord, 'text' | 'quote' | 'position'>,
    fingerprint: string,
    articleText?: string,
  ): Promise<void>;
  /** Saves fact-checks published on a page (ClaimReview) into the claim memory. */
  savePublishedReviews(
    reviews: readonly PublishedReview[],
    pageUrl: string,
  ): Promise<StoredPublishedReview[]>;
  /** Where the content script found each claim on this visit (not announced: that tab knows). */
  setAnchorStatuses(statuses: { claimId: string; status: AnchorStatus; now?: string }[]): Promise<void>;
  /** Marks a sentence "not worth checking" on its article; answers the mark, to undo it. */
  dismiss(draft: DismissalDraft): Promise<DismissalRecord>;
  /** Undoes a "not worth checking" mark. */
  undismiss(id: string): Promise<void>;
  /**
   * Desk sync: the reader picks one of the versions that disagree ("two verdicts disagree");
   * `seen` says what they were shown: only those other versions go, and nothing is written if the
   * fact-check changed since (`VersionsChangedError`).
   */
  resolveConflict(id: string, chosen: FactCheckFields, seen: ShownVersions): Promise<StoredFactCheck>;
}

/** The writes only the desk sync makes (in the background). */
export interface SyncWriter extends FactmarkWriter {
  /** Writes what the desk sent (synced-records.ts), keeping unsent local changes. */
  applySynced(batch: SyncedBatch): Promise<SyncedOutcome>;
  /** Sync bookkeeping (sync-marks.ts); not announced: no record changes. */
  recordSyncMarks(marks: readonly SyncMark[], removedIds?: readonly string[]): Promise<void>;
  /**
   * Clears the change log entries a sync has sent, and logs those it must send again
   * (sync-outbox.ts); not announced either.
   */
  clearSyncOutbox(sent: readonly OutboxEntry[], resend?: readonly OutboxEntry[]): Promise<void>;
}

export function factmarkWriter(
  db: FactmarkTables,
  announce: Announce,
  now: () => Date = () => new Date(),
): SyncWriter {
  const tell = async (articleUrls: readonly string[] | null) => {
    try {
      await announce(articleUrls);
    } catch (error) {
      console.error('Factmark: open views could not be told about a change', error);
    }
  };
  let askedPersistence = false;
  const prepared = (text: string | undefined) => (text === undefined ? undefined : prepareVersion(text));
  const urlsOf = async (articleIds: readonly string[]) =>
    (await db.articles.bulkGet([...new Set(articleIds)])).flatMap((row) => (row ? [row.url] : []));

  return {
    async create(draft, articleText) {
      const saved = await createFactCheck(db, draft, now(), await prepared(articleText));
      await tell([saved.article.url]);
      // The reader's first saved work: ask the browser not to evict it (where this context can).
      if (!askedPersistence) {
        askedPersistence = true;
        void ensurePersisted();
      }
      return saved;
    },
    async update(id, changes, articleText) {
      const updated = await updateFactCheck(db, id, changes, now(), await prepared(articleText));
      await tell(await urlsOf([updated.articleId]));
      return updated;
    },
    async delete(ids) {
      const removed = await deleteFactChecks(db, [...ids]);
      await tell(await urlsOf(removed.factChecks.map((row) => row.articleId)));
      return removed;
    },
    async restore(records) {
      await restoreRecords(db, records);
      await tell(await urlsOf(records.factChecks.map((row) => row.articleId)));
    },
    async retag(ids, change) {
      const changed = await retagFactChecks(db, ids, change, now());
      if (changed > 0) {
        const rows = await db.factChecks.bulkGet([...ids]);
        await tell(await urlsOf(rows.flatMap((row) => (row ? [row.articleId] : []))));
      }
      return changed;
    },
    async applyImport(plan) {
      const { written, articleUrls } = await applyImport(db, plan);
      // Saved published fact-checks may match a claim on any page: every view looks again, as
      // when they are saved from a page.
      await tell((plan.write.publishedReviews ?? []).length > 0 ? null : articleUrls);
      return written;
    },
    async dismissChangeNotice(url, checkedFingerprint, nowFingerprint) {
      await dismissChangeNotice(db, url, checkedFingerprint, nowFingerprint);
      await tell([url]);
    },
    async rebaseClaim(claimId, current, fingerprint, articleText) {
      const version = await prepared(articleText);
      await tell([await rebaseClaim(db, claimId, current, { fingerprint, at: now() }, version)]);
    },
    async savePublishedReviews(reviews, pageUrl) {
      const saved = await savePublishedReviews(db, reviews, pageUrl, now());
      // A saved review may match a claim on any page: every view looks again.
      await tell(null);
      return saved;
    },
    setAnchorStatuses: (statuses) => setAnchorStatuses(db, statuses),
    async dismiss(draft) {
      const { article, dismissal } = await dismissClaim(db, draft, now());
      await tell([article.url]);
      return dismissal;
    },
    async undismiss(id) {
      const url = await undismissClaim(db, id);
      if (url !== null) await tell([url]);
    },
    async applySynced(batch) {
      const outcome = await applySyncedRecords(db, batch);
      if (outcome.articleUrls.length > 0) {
        await tell(outcome.articleUrls.length <= MAX_ANNOUNCED_URLS ? outcome.articleUrls : null);
      }
      return outcome;
    },
    async resolveConflict(id, chosen, seen) {
      const resolved = await resolveConflict(db, id, chosen, seen, now());
      await tell(await urlsOf([resolved.articleId]));
      return resolved;
    },
    recordSyncMarks: (marks, removedIds) => writeSyncMarks(db, marks, removedIds),
    clearSyncOutbox: (sent, resend) => clearOutbox(db, sent, resend),
  };
}
