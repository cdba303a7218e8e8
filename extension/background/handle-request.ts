/**
 * The background's answers to protocol requests: each one a call into `storage/`, followed by
 * an `annotationsChanged` broadcast so every tab and view shows the change without reload.
 */
import { browser } from 'wxt/browser';
import type { BackgroundRequest, BackgroundResponses, ProtocolError } from '../../core/messaging/protocol';
import type { FactmarkDb } from '../../storage/db';
import {
  createFactCheck,
  deleteFactChecks,
  MissingRecordError,
  setAnchorStatuses,
  updateFactCheck,
} from '../../storage/fact-checks';
import { getPageAnnotations } from '../../storage/page-annotations';
import { notifyAnnotationsChanged } from './notify';
import { openFactCheck } from './open-fact-check';
import { AnalysisFailed } from './analysis-failed';
import type { PageAnalyser } from './page-analyser';
import { RequestFailed } from '../messaging/request';

type Handlers = {
  [K in BackgroundRequest['type']]: (
    request: Extract<BackgroundRequest, { type: K }>,
  ) => Promise<BackgroundResponses[K]>;
};

export function backgroundHandlers(
  db: FactmarkDb,
  analyse: PageAnalyser,
  now: () => Date = () => new Date(),
): Handlers {
  return {
    ping: async () => ({ version: browser.runtime.getManifest().version }),
    getPageAnnotations: ({ url }) => getPageAnnotations(db, url),
    createFactCheck: async ({ draft }) => {
      const saved = await createFactCheck(db, draft, now());
      await notifyAnnotationsChanged(saved.article.url);
      return saved;
    },
    updateFactCheck: async ({ id, changes }) => {
      const updated = await updateFactCheck(db, id, changes, now());
      const article = await db.articles.get(updated.articleId);
      if (article) await notifyAnnotationsChanged(article.url);
      return updated;
    },
    deleteFactChecks: async ({ ids }) => {
      const removed = await deleteFactChecks(db, ids);
      const articleIds = [...new Set(removed.factChecks.map((row) => row.articleId))];
      for (const article of await db.articles.bulkGet(articleIds)) {
        if (article) await notifyAnnotationsChanged(article.url);
      }
      return removed;
    },
    setAnchorStatuses: async ({ statuses }) => {
      await setAnchorStatuses(db, statuses);
      return null;
    },
    analysePage: (page) =>
      analyse(page).catch((error: unknown) => {
        // The offscreen document's refusal already says why, in the reader's terms.
        throw error instanceof RequestFailed ? error : new AnalysisFailed(error);
      }),
    openFactCheck: ({ factCheckId }) => openFactCheck(db, factCheckId),
    openReviewPage: async ({ query }) => {
      await browser.tabs.create({
        url: `${browser.runtime.getURL('/review.html')}${query ? `?${query}` : ''}`,
      });
      return null;
    },
  };
}

/** Dispatches a validated request to its handler. */
export function handleBackgroundRequest(handlers: Handlers, request: BackgroundRequest): Promise<unknown> {
  const handler = handlers[request.type] as (request: BackgroundRequest) => Promise<unknown>;
  return handler(request);
}

/** Maps a thrown error to what the user is told. */
export function toProtocolError(error: unknown): ProtocolError {
  if (error instanceof MissingRecordError) return { code: 'not-found', message: error.message };
  if (error instanceof AnalysisFailed) return { code: 'analysis-failed', message: error.message };
  if (error instanceof RequestFailed) return { code: error.code, message: error.message };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'storage-failed', message: `Factmark could not save or read your fact-checks: ${detail}` };
}
