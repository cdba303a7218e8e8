/**
 * Dexie `liveQuery` as a Preact hook: re-runs the query whenever the tables it read change, in
 * this page or any other context of the extension's origin. A failure is returned for the view
 * to show.
 */
import { liveQuery } from 'dexie';
import { useLayoutEffect, useState } from 'preact/hooks';

export interface LiveQueryState<T> {
  value: T | undefined;
  error: string | null;
}

export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): LiveQueryState<T> {
  const [state, setState] = useState<LiveQueryState<T>>({ value: undefined, error: null });
  // Subscribed as soon as the view is in the DOM (a layout effect), not a frame later: the
  // query is what the view waits for.
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: null }),
      error: (error: unknown) => setState((previous) => ({ ...previous, error: String(error) })),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return state;
}
