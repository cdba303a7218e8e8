/**
 * What a tab may ask: a content script reads and writes only fact-checks of articles on its own
 * page's site; it may not list or delete across sites, nor open extension pages (those act for
 * the reader only from the extension's own pages, after a click there; the card may open the
 * review page on one fact-check of its own site). Extension pages may ask
 * everything. Checked against stored rows, before the request runs.
 */
import type { BackgroundRequest } from '../../core/messaging/protocol';
import { siteOf } from '../../core/model/site';
import type { FactmarkDb } from '../../storage/db';
import type { Caller } from './caller';

/** A request refused for who sent it; answered as `forbidden-sender`. */
export class ForbiddenRequest extends Error {
  override name = 'ForbiddenRequest';
}

/** Requests a tab may never send. */
const PAGES_ONLY = new Set<BackgroundRequest['type']>([
  'openFactCheck',
  'openReviewPage',
  // Desk sync is set up and driven from the extension's own pages only (options, popup).
  'connectDesk',
  'testDeskConnection',
  'disconnectDesk',
  'getSyncStatus',
  'syncNow',
  'savePublishedReviews',
]);

export async function assertMayAsk(
  db: FactmarkDb,
  caller: Caller,
  request: BackgroundRequest,
): Promise<void> {
  if (caller.kind === 'extension-page') return;
  if (PAGES_ONLY.has(request.type)) {
    throw new ForbiddenRequest(`A web page's tab may not ask Factmark to ${request.type}`);
  }
  const onSite = (url: string) => siteOf(url) === caller.site;
  const refuse = () => {
    throw new ForbiddenRequest(`This tab may only use fact-checks of ${caller.site}`);
  };
  /** Stored rows named by the request (missing ones are the handler's "not found"). */
  const assertRowsOnSite = async (rows: readonly ({ articleId: string } | undefined)[]) => {
    const articleIds = rows.flatMap((row) => (row ? [row.articleId] : []));
    if (!(await articlesOnSite(db, articleIds, onSite))) refuse();
  };
  switch (request.type) {
    case 'getPageAnnotations':
    case 'compareArticle':
    case 'dismissChangeNotice':
    case 'findAlreadyChecked':
      if (!onSite(request.url)) refuse();
      return;
    case 'rebaseClaim':
      return assertRowsOnSite(await db.claims.bulkGet([request.claimId]));
    case 'createFactCheck':
    case 'dismissClaim':
      if (!onSite(request.draft.article.url)) refuse();
      return;
    case 'undismissClaim':
      return assertRowsOnSite(await db.dismissals.bulkGet([request.id]));
    case 'updateFactCheck':
    case 'resolveConflict':
      return assertRowsOnSite(await db.factChecks.bulkGet([request.id]));
    case 'openReviewAt':
      return assertRowsOnSite(await db.factChecks.bulkGet([request.factCheckId]));
    case 'deleteFactChecks':
      return assertRowsOnSite(await db.factChecks.bulkGet(request.ids));
    case 'setAnchorStatuses':
      return assertRowsOnSite(await db.claims.bulkGet(request.statuses.map((status) => status.claimId)));
    default:
      return;
  }
}

async function articlesOnSite(
  db: FactmarkDb,
  articleIds: readonly string[],
  onSite: (url: string) => boolean,
): Promise<boolean> {
  const articles = await db.articles.bulkGet([...new Set(articleIds)]);
  return articles.every((article) => article !== undefined && onSite(article.url));
}
