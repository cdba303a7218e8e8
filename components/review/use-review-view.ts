/**
 * The review view kept in the page's URL: read at load and on back/forward, written on every
 * change so a view can be bookmarked or shared. Typing in the search box replaces the history
 * entry instead of adding one per keystroke.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ReviewView } from '../../core/review/filter';
import { paramsFromView, viewFromParams } from '../../core/review/url-filter';

export type Navigate = (next: ReviewView, options?: { replace?: boolean }) => void;

/** The link to a view of this page, relative to it. */
export function hrefFor(view: ReviewView): string {
  const query = paramsFromView(view).toString();
  return query ? `?${query}` : '?';
}

export function useReviewView(): [ReviewView, Navigate] {
  const read = () => viewFromParams(new URLSearchParams(window.location.search));
  const [view, setView] = useState(read);
  useEffect(() => {
    const onPop = () => setView(read());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback<Navigate>((next, { replace = false } = {}) => {
    const url = `${window.location.pathname}${hrefFor(next) === '?' ? '' : hrefFor(next)}`;
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    setView(next);
  }, []);
  return [view, navigate];
}
