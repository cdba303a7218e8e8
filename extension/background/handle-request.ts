/**
 * The background's answers to protocol requests. Each request is first checked against who sent
 * it (caller.ts, tab-scope.ts); writes go through the storage writer, which announces them to
 * every view and to the tabs of the articles' sites (storage/writer.ts, messaging/notify.ts).
 */
import { browser } from 'wxt/browser';
import type { BackgroundRequest, BackgroundResponses, ProtocolError } from '../../core/messaging/protocol';
import type { FactmarkDb } from '../../storage/db';
import { findAlreadyChecked } from '../../storage/claim-memory-lookup';
import { MissingRecordError } from '../../storage/missing-record';
import { VersionsChangedError } from '../../storage/versions-changed';
import { fingerprintOf } from '../../core/model/ids';
import { compareWithChecked } from '../../core/versions/compare';
import { lastArticleVersion } from '../../storage/article-versions';
import { getPageAnnotations } from '../../storage/page-annotations';
import { isStorageFull } from '../../storage/storage-full';
import { InvalidRecordError } from '../../storage/validate-rows';
import type { FactmarkWriter } from '../../storage/writer';
import type { DeskSync } from './sync/desk-sync';
import { RequestFailed } from '../messaging/request';
import { openReviewPage } from '../pages/open-views';
import { reviewQueryFor } from './review-at';
import { reviewRowHash } from '../../core/review/review-at';
import { AnalysisFailed } from './analysis-failed';
import type { Caller } from './caller';
import { openFactCheck } from './open-fact-check';
import type { PageAnalyser } from './page-analyser';
import { assertMayAsk, ForbiddenRequest } from './tab-scope';
import { errorMessage } from '../../core/text/error-message';
import { hearsWrites, rememberTabSite } from '../messaging/tab-sites';

type Handlers = {
  [K in BackgroundRequest['type']]: (
    request: Extract<BackgroundRequest, { type: K }>,
    caller: Caller,
  ) => Promise<BackgroundResponses[K]>;
};

export function backgroundHandlers(
  db: FactmarkDb,
  writer: FactmarkWriter,
  analyse: PageAnalyser,
  desk: DeskSync,
): Handlers {
  return {
    ping: async (_request, caller) => ({
      version: browser.runtime.getManifest().version,
      // A page the browser does not show (prerendered, in the back/forward cache) hears nothing.
      hearsWrites: caller.kind !== 'tab' || (caller.page !== null && hearsWrites(caller.page.tabId)),
    }),
    getPageAnnotations: ({ url }) => getPageAnnotations(db, url),
    createFactCheck: ({ draft, articleText }) => writer.create(draft, articleText),
    updateFactCheck: ({ id, changes, articleText }) => writer.update(id, changes, articleText),
    deleteFactChecks: ({ ids }) => writer.delete(ids),
    dismissClaim: ({ draft }) => writer.dismiss(draft),
    undismissClaim: async ({ id }) => {
      await writer.undismiss(id);
      return null;
    },
    setAnchorStatuses: async ({ statuses }) => {
      await writer.setAnchorStatuses(statuses);
      return null;
    },
    compareArticle: async ({ url, text }) => {
      const checked = await lastArticleVersion(db, url);
      const comparison = checked ? compareWithChecked(checked, text) : null;
      if (!checked || !comparison) return null;
      const nowFingerprint = await fingerprintOf(text);
      return { ...comparison, nowFingerprint, dismissed: checked.dismissedNotices.includes(nowFingerprint) };
    },
    dismissChangeNotice: async ({ url, checkedFingerprint, nowFingerprint }) => {
      await writer.dismissChangeNotice(url, checkedFingerprint, nowFingerprint);
      return null;
    },
    rebaseClaim: async ({ claimId, claim, fingerprint, articleText }) => {
      await writer.rebaseClaim(claimId, claim, fingerprint, articleText);
      return null;
    },
    analysePage: (page) =>
      analyse(page).catch((error: unknown) => {
        // The offscreen document's refusal already says why, in the reader's terms.
        throw error instanceof RequestFailed ? error : new AnalysisFailed(error);
      }),
    findAlreadyChecked: ({ url, sentences }) => findAlreadyChecked(db, sentences, url),
    savePublishedReviews: ({ url, reviews }) => writer.savePublishedReviews(reviews, url),
    openFactCheck: ({ factCheckId }) => openFactCheck(db, factCheckId),
    openReviewPage: async ({ query }) => {
      await openReviewPage(query);
      return null;
    },
    openReviewAt: async ({ factCheckId }) => {
      await openReviewPage(await reviewQueryFor(db, factCheckId), reviewRowHash(factCheckId));
      return null;
    },
    // Only the settings are kept, never the request around them (its `type`) nor the password.
    connectDesk: ({ serverUrl, desk: name, name: member, password }) =>
      desk.connect({ serverUrl, desk: name, name: member }, password),
    testDeskConnection: ({ serverUrl, desk: name, name: member, password }) =>
      desk.test({ serverUrl, desk: name, name: member }, password),
    disconnectDesk: () => desk.disconnect(),
    getSyncStatus: () => desk.status(),
    syncNow: () => desk.syncNow(),
    resolveConflict: ({ id, chosen, seen }) => writer.resolveConflict(id, chosen, seen),
  };
}

/** Checks who asks, then dispatches a validated request to its handler. */
export async function handleBackgroundRequest(
  db: FactmarkDb,
  handlers: Handlers,
  request: BackgroundRequest,
  caller: Caller,
): Promise<unknown> {
  // Learnt first: a write that commits after this request is answered announces itself here.
  if (caller.kind === 'tab' && caller.page) await rememberTabSite(caller.page, caller.site);
  await assertMayAsk(db, caller, request);
  const handler = handlers[request.type] as (request: BackgroundRequest, caller: Caller) => Promise<unknown>;
  return handler(request, caller);
}

/** Maps a thrown error to what the user is told (the UI translates by `code`). */
export function toProtocolError(error: unknown): ProtocolError {
  if (error instanceof ForbiddenRequest) return { code: 'forbidden-sender', message: error.message };
  if (error instanceof MissingRecordError) return { code: 'not-found', message: error.message };
  if (error instanceof VersionsChangedError) return { code: 'changed-meanwhile', message: error.message };
  if (error instanceof InvalidRecordError) return { code: 'invalid-request', message: error.message };
  if (error instanceof AnalysisFailed) return { code: 'analysis-failed', message: error.message };
  if (error instanceof RequestFailed) return { code: error.code, message: error.message };
  if (isStorageFull(error)) {
    return {
      code: 'storage-full',
      message: 'Storage is full: export your fact-checks, then free some space',
    };
  }
  const detail = errorMessage(error);
  return { code: 'storage-failed', message: `Factmark could not save or read your fact-checks: ${detail}` };
}
