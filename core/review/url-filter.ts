/**
 * The review view ⇄ URL query string. Reading is forgiving: a value that does not parse (a
 * hand-edited or old bookmark) is dropped, never an error, so the page always opens. Writing
 * leaves defaults out, so the plain page has a plain URL and equal views have equal strings.
 */
import { isVerdict } from '../model/verdict';
import {
  DEFAULT_VIEW,
  REVIEW_SORTS,
  type ReviewFilter,
  type ReviewSort,
  type ReviewView,
  type SourcesFilter,
  VERDICT_KEYS,
  type VerdictKey,
} from './filter';

/** Longest text kept from the URL for a search or a name: longer is a mistake, not a query. */
const MAX_TEXT = 200;
/** Highest page number accepted: far beyond any real collection, it only bounds the input. */
const MAX_PAGE = 1_000_000;

const text = (value: string | null): string | null => {
  const trimmed = value?.trim().slice(0, MAX_TEXT);
  return trimmed ? trimmed : null;
};

/** A real calendar day written `YYYY-MM-DD`, or null. */
export function parseDay(value: string | null): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) ? value : null;
}

const isVerdictKey = (value: string): value is VerdictKey => value === 'none' || isVerdict(value);
const isSort = (value: string | null): value is ReviewSort =>
  (REVIEW_SORTS as readonly string[]).includes(value ?? '');
const isSources = (value: string | null): value is SourcesFilter => value === 'with' || value === 'without';

/** Reads a view from a query string; anything missing or invalid takes its default. */
export function viewFromParams(params: URLSearchParams): ReviewView {
  const verdicts = new Set(params.getAll('verdict').filter(isVerdictKey));
  const sources = params.get('sources');
  const sort = params.get('sort');
  const page = Number(params.get('page'));
  const filter: ReviewFilter = {
    q: text(params.get('q')) ?? '',
    verdicts: VERDICT_KEYS.filter((key) => verdicts.has(key)),
    site: text(params.get('site'))?.toLowerCase() ?? null,
    tag: text(params.get('tag')),
    author: text(params.get('author')),
    from: parseDay(params.get('from')),
    to: parseDay(params.get('to')),
    sources: isSources(sources) ? sources : null,
    orphan: params.get('orphan') === '1',
    changed: params.get('changed') === '1',
  };
  return {
    filter,
    sort: isSort(sort) ? sort : DEFAULT_VIEW.sort,
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1,
  };
}

/** Writes a view as a query string, defaults left out, in a fixed order. */
export function paramsFromView(view: ReviewView): URLSearchParams {
  const { filter } = view;
  const params = new URLSearchParams();
  if (filter.q.trim()) params.set('q', filter.q.trim());
  for (const verdict of filter.verdicts) params.append('verdict', verdict);
  if (filter.site) params.set('site', filter.site);
  if (filter.tag) params.set('tag', filter.tag);
  if (filter.author) params.set('author', filter.author);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.sources) params.set('sources', filter.sources);
  if (filter.orphan) params.set('orphan', '1');
  if (filter.changed) params.set('changed', '1');
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort);
  if (view.page !== 1) params.set('page', String(view.page));
  return params;
}

/** Whether the filter lets every fact-check through. */
export function isEmptyFilter(filter: ReviewFilter): boolean {
  return paramsFromView({ ...DEFAULT_VIEW, filter }).size === 0;
}
