/**
 * A module loaded once the view's own work is done: `load` (a dynamic `import()`) starts when
 * `ready` first turns true, so fetching and running the module never delays what the view is
 * waiting for (an idle callback would not do: the page is idle while it waits for the database).
 * The hook gives the module once it is there, null before; a failed load is returned as a
 * readable error for the view to show.
 */
import { useEffect, useState } from 'preact/hooks';

export interface LazyModule<T> {
  module: T | null;
  error: string | null;
}

export function useLazyModule<T>(load: () => Promise<T>, ready: boolean): LazyModule<T> {
  const [state, setState] = useState<LazyModule<T>>({ module: null, error: null });
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (!ready || started) return;
    setStarted(true);
    load().then(
      (module) => setState({ module, error: null }),
      (error: unknown) => setState({ module: null, error: String(error) }),
    );
  }, [ready, started]);
  return state;
}
