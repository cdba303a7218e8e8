import { getDb } from '../../storage/db';
import type { FactmarkWriter } from '../../storage/writer';

/**
 * The review page's writer: every write is announced to open tabs (storage/writer.ts). It loads
 * with the first write, with messaging under it, as "Open in page" does: the record rules and the
 * import planner are not needed to show the first rows.
 */
let loaded: Promise<FactmarkWriter> | undefined;
const load = () =>
  // Both at once: the announcement must not wait on a second fetch once the write is done (a
  // reader may close the page right after an edit).
  (loaded ??= Promise.all([import('../../storage/writer'), import('../../extension/messaging/notify')]).then(
    ([{ factmarkWriter }, { notifyAnnotationsChanged }]) => factmarkWriter(getDb(), notifyAnnotationsChanged),
  ));

export const writer: FactmarkWriter = {
  create: async (draft, articleText) => (await load()).create(draft, articleText),
  update: async (id, changes, articleText) => (await load()).update(id, changes, articleText),
  delete: async (ids) => (await load()).delete(ids),
  restore: async (records) => (await load()).restore(records),
  retag: async (ids, change) => (await load()).retag(ids, change),
  applyImport: async (plan) => (await load()).applyImport(plan),
  dismissChangeNotice: async (url, checkedFingerprint, nowFingerprint) =>
    (await load()).dismissChangeNotice(url, checkedFingerprint, nowFingerprint),
  rebaseClaim: async (claimId, current, fingerprint, articleText) =>
    (await load()).rebaseClaim(claimId, current, fingerprint, articleText),
  savePublishedReviews: async (reviews, pageUrl) => (await load()).savePublishedReviews(reviews, pageUrl),
  setAnchorStatuses: async (statuses) => (await load()).setAnchorStatuses(statuses),
  dismiss: async (draft) => (await load()).dismiss(draft),
  undismiss: async (id) => (await load()).undismiss(id),
  resolveConflict: async (id, chosen, seen) => (await load()).resolveConflict(id, chosen, seen),
};
