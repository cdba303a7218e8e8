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
import type { FactmarkDb } from './db';
import {
  createFactCheck,
  deleteFactChecks,
  type FactCheckDraft,
  type FactCheckFields,
  restoreRecords,
  setAnchorStatuses,
  updateFactCheck,
} from './fact-checks';
import { applyImport } from './import-bundle';
import { ensurePersisted } from './persistence';
import { savePublishedReviews } from './published-reviews';
import { retagFactChecks } from './retag';

/** Tells every open view that these articles' fact-checks changed; null means "any article". */
export type Announce = (articleUrls: readonly string[] | null) => Promise<void>;

export interface FactmarkWriter {
  create(draft: FactCheckDraft): Promise<SavedFactCheck>;
  update(id: string, changes: Partial<FactCheckFields>): Promise<StoredFactCheck>;
  /** Deletes fact-checks; the answer restores them (`restore`). */
  delete(ids: readonly string[]): Promise<RemovedRecords>;
  restore(records: RemovedRecords): Promise<void>;
  /** Adds or removes a tag on many fact-checks; answers how many changed. */
  retag(ids: readonly string[], change: { add: string } | { remove: string }): Promise<number>;
  /** Writes a previewed import; answers how many fact-checks were written. */
  applyImport(plan: ImportPlan): Promise<number>;
  /** Saves fact-checks published on a page (ClaimReview) into the claim memory. */
  savePublishedReviews(
    reviews: readonly PublishedReview[],
    pageUrl: string,
  ): Promise<StoredPublishedReview[]>;
  /** Where the content script found each claim on this visit (not announced: that tab knows). */
  setAnchorStatuses(statuses: { claimId: string; status: AnchorStatus }[]): Promise<void>;
}

export function factmarkWriter(
  db: FactmarkDb,
  announce: Announce,
  now: () => Date = () => new Date(),
): FactmarkWriter {
  const tell = async (articleUrls: readonly string[] | null) => {
    try {
      await announce(articleUrls);
    } catch (error) {
      console.error('Factmark: open views could not be told about a change', error);
    }
  };
  let askedPersistence = false;
  const urlsOf = async (articleIds: readonly string[]) =>
    (await db.articles.bulkGet([...new Set(articleIds)])).flatMap((row) => (row ? [row.url] : []));

  return {
    async create(draft) {
      const saved = await createFactCheck(db, draft, now());
      await tell([saved.article.url]);
      // The reader's first saved work: ask the browser not to evict it (where this context can).
      if (!askedPersistence) {
        askedPersistence = true;
        void ensurePersisted();
      }
      return saved;
    },
    async update(id, changes) {
      const updated = await updateFactCheck(db, id, changes, now());
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
      await tell(articleUrls);
      return written;
    },
    async savePublishedReviews(reviews, pageUrl) {
      const saved = await savePublishedReviews(db, reviews, pageUrl, now());
      // A saved review may match a claim on any page: every view looks again.
      await tell(null);
      return saved;
    },
    setAnchorStatuses: (statuses) => setAnchorStatuses(db, statuses),
  };
}
