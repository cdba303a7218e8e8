/**
 * Everything the review page reads for a view, live (an edit in another tab shows here): the
 * page of rows first, then the count, then the summary, each waiting for the one before so the
 * reader's next change is never queued behind work for a view already left; once the first rows
 * are shown, the filter choices and the date order (date-order.ts), which the page queries use
 * from then on and the summary waits for.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { ReviewView } from '../../core/review/filter';
import { paramsFromView } from '../../core/review/url-filter';
import type { FactmarkDb } from '../../storage/db';
import { type DateOrder, readDateOrder } from '../../storage/date-order';
import { deskAuthors } from '../../storage/desk-authors';
import { readFacets } from '../../storage/facets';
import { countReview } from '../../storage/review-count';
import { queryReview, type ReviewPageResult } from '../../storage/review-page-query';
import type { ReviewSummary } from '../../storage/review-summary';
import { watchWrites } from '../../storage/watch-writes';
import { unwatched } from '../hooks/unwatched';
import { useLiveQuery } from '../hooks/use-live-query';
import { summaryOffThread } from './summary-off-thread';

export interface ReviewData {
  /** The rows last read, with the view (its URL query) they are for; undefined until the first. */
  page: (ReviewPageResult & { viewKey: string }) | undefined;
  /** Whether the first rows are shown, or failed (export is what a reader needs then). */
  rowsShown: boolean;
  /** How many fact-checks match the view's filter; null while counting. */
  total: number | null;
  /** The summary last computed, with the filter (its URL query) it is for. */
  summary: { filterKey: string; value: ReviewSummary } | null;
  /** Distinct sites, tags and authors, for the filter bar. */
  choices: { sites: string[]; tags: string[]; authors: string[] };
  /** The first failure of the rows, the count or the summary. */
  error: string | null;
}

/** The filter of `view` as a key: its URL query with the sort and the page left out. */
export const filterKeyOf = (view: ReviewView) =>
  paramsFromView({ ...view, sort: 'newest', page: 1 }).toString();

/**
 * The tables whose writes can change a filter's count and summary: the count and the summary run
 * unwatched (a large filtered view would have Dexie record every id they read) and re-run on any
 * write to these. Claims only for the filters that read them: their anchoring changes on every
 * page visit.
 */
const watchedBy = (db: FactmarkDb, filter: ReviewView['filter']) =>
  filter.orphan || filter.changed ? [db.factChecks, db.claims] : [db.factChecks];

export function useReviewData(db: FactmarkDb, view: ReviewView, pageSize: number): ReviewData {
  const viewKey = paramsFromView(view).toString();
  const filterKey = filterKeyOf(view);
  const summaryRun = useRef<AbortController | null>(null);
  // The date order the page queries use: read below once the rows are shown, kept here rather
  // than in a query's value (a live query compares each value with the last, and 100,000
  // entries are not worth comparing).
  const dateOrder = useRef<DateOrder | undefined>(undefined);

  const result = useLiveQuery(
    async () => {
      const started = performance.now();
      const page = await queryReview(db, view.filter, view.sort, {
        offset: (view.page - 1) * pageSize,
        limit: pageSize,
        dateOrder: dateOrder.current,
      });
      performance.measure('factmark:review-query', { start: started, detail: viewKey });
      return { viewKey, ...page };
    },
    [viewKey],
    { firstRunAtOnce: true },
  );
  const listReady = result.value?.viewKey === viewKey;
  const count = useLiveQuery(async () => {
    if (!listReady) return null;
    await watchWrites(watchedBy(db, view.filter));
    return { filterKey, total: await unwatched(() => countReview(db, view.filter)) };
  }, [filterKey, listReady]);
  const total = count.value?.filterKey === filterKey ? count.value.total : null;
  // Distinct sites and tags, from the facet counts (listing an index's distinct keys walks the
  // whole index in Chromium: 0.7 s at 100,000 fact-checks); read once the first rows are shown.
  const rowsShown = result.value !== undefined || result.error !== null;
  const choices = useLiveQuery(async () => {
    if (!rowsShown) return null;
    const facets = await readFacets(db);
    return {
      sites: [...facets.site.keys()].filter(Boolean).sort(),
      tags: [...facets.tag.keys()].sort(),
      authors: await deskAuthors(db),
    };
  }, [rowsShown]);
  // The date order lets a search read only the rows it shows: read once the first rows are
  // shown, and again whenever a write changes it (an edit does not). Searches answer without it
  // meanwhile, only slower.
  const order = useLiveQuery(async () => {
    if (!rowsShown) return null;
    const started = performance.now();
    dateOrder.current = await readDateOrder(db);
    performance.measure('factmark:review-date-order', { start: started });
    return true;
  }, [rowsShown]);
  useEffect(() => {
    if (order.error) {
      console.error('Factmark: the date order could not be read; searches read every match', order.error);
    }
  }, [order.error]);
  // The charts wait for the date order: reading it alongside the charts of a large filtered view
  // took seconds at 100,000 fact-checks (they compete for the database), and a search typed
  // meanwhile read every match; read first, it is there for the first keystroke.
  const orderRead = order.value === true || order.error !== null;
  const summary = useLiveQuery(async () => {
    if (total === null || !orderRead) return null;
    summaryRun.current?.abort();
    const run = new AbortController();
    summaryRun.current = run;
    const started = performance.now();
    try {
      await watchWrites(watchedBy(db, view.filter));
      const value = await unwatched(() => summaryOffThread(db, view.filter, run.signal));
      performance.measure('factmark:review-summary', { start: started, detail: filterKey });
      return { filterKey, value };
    } catch (error) {
      // Aborted because the filter changed: a newer summary is on its way.
      if (run.signal.aborted) return null;
      throw error;
    }
  }, [filterKey, total === null, orderRead]);
  useEffect(() => () => summaryRun.current?.abort(), [filterKey]);

  return {
    page: result.value,
    rowsShown,
    total,
    summary: summary.value ?? null,
    choices: choices.value ?? { sites: [], tags: [], authors: [] },
    error: result.error ?? count.error ?? summary.error,
  };
}
