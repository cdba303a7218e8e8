/**
 * Dexie `liveQuery` as a Preact hook: re-runs the query whenever the tables it read change, in
 * this page or any other context of the extension's origin. A failure is returned for the view
 * to show.
 */
import { liveQuery } from 'dexie';
import { dequal } from 'dequal';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface LiveQueryState<T> {
  value: T | undefined;
  error: string | null;
}

export interface LiveQueryOptions {
  /**
   * Read the first value at once (on mount; not when `deps` change) instead of in Dexie's first
   * live run. Dexie starts that run with `setTimeout(0)`, and at page load the timer waits
   * behind the page's first style, layout and paint (tens of milliseconds on the review page) while the
   * database sits idle. The live subscription starts once that value is in; its own first run
   * repeats the read to learn what to watch, and its value is shown only if it differs (a write
   * came in between). Only worth it for what a page shows first: later changes would read twice
   * for nothing.
   */
  firstRunAtOnce?: boolean;
}

export function useLiveQuery<T>(
  query: () => Promise<T>,
  deps: unknown[],
  { firstRunAtOnce = false }: LiveQueryOptions = {},
): LiveQueryState<T> {
  const [state, setState] = useState<LiveQueryState<T>>({ value: undefined, error: null });
  const mounted = useRef(false);
  // Subscribed as soon as the view is in the DOM (a layout effect), not a frame later: the
  // query is what the view waits for.
  useLayoutEffect(() => {
    let closed = false;
    // What the view shows, unless a failure replaced it: an equal value is not rendered again.
    let shown: { value: T } | null = null;
    let subscription: { unsubscribe(): void } | null = null;
    const show = (value: T) => {
      if (shown && dequal(shown.value, value)) return;
      shown = { value };
      setState({ value, error: null });
    };
    const fail = (error: unknown) => {
      shown = null;
      setState((previous) => ({ ...previous, error: String(error) }));
    };
    const subscribe = () => {
      if (closed) return;
      subscription = liveQuery(query).subscribe({ next: show, error: fail });
    };
    const atOnce = firstRunAtOnce && !mounted.current;
    mounted.current = true;
    if (atOnce) {
      query().then(
        (value) => {
          if (closed) return;
          show(value);
          subscribe();
        },
        (error: unknown) => {
          if (closed) return;
          fail(error);
          subscribe();
        },
      );
    } else {
      subscribe();
    }
    return () => {
      closed = true;
      subscription?.unsubscribe();
    };
  }, deps);
  return state;
}
