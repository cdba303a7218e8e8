/**
 * A view's one-shot actions whose failure the reader must be told of (mark a sentence "not worth
 * checking", undo it, dismiss a change notice): the last failure, said by `describe` in the
 * reader's language, with a retry that runs the same action again. A new action clears it.
 */
import { useCallback, useState } from 'preact/hooks';

export interface ActionFailure {
  reason: string;
  retry(): void;
}

export function useRetriable(describe: (error: unknown) => string): {
  failure: ActionFailure | null;
  run(work: () => Promise<unknown>): void;
} {
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const run = useCallback(
    (work: () => Promise<unknown>) => {
      setFailure(null);
      work().catch((error: unknown) => {
        console.error('Factmark: the action failed', error);
        setFailure({ reason: describe(error), retry: () => run(work) });
      });
    },
    [describe],
  );
  return { failure, run };
}
