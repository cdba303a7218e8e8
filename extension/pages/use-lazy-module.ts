/**
 * A module loaded after the first render: `load` (a dynamic `import()`) starts once the view is
 * on screen, and the hook gives the module once it is there, null before. A failed load is
 * returned as a readable error for the view to show.
 */
import { useEffect, useState } from 'preact/hooks';

export interface LazyModule<T> {
  module: T | null;
  error: string | null;
}

export function useLazyModule<T>(load: () => Promise<T>): LazyModule<T> {
  const [state, setState] = useState<LazyModule<T>>({ module: null, error: null });
  useEffect(() => {
    let live = true;
    load().then(
      (module) => live && setState({ module, error: null }),
      (error: unknown) => live && setState({ module: null, error: String(error) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
