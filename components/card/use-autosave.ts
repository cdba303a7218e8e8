/**
 * Saves the card's fields as the reader types. A change is sent at once when no save is under
 * way; changes made while one is under way are coalesced and sent, latest only, when it ends.
 * Saves never overlap (the first one creates the fact-check, the next ones update it), and
 * nothing waits on a timer: a tab closed right after the last keystroke has already sent it
 * (a timer-debounced save was seen lost in Firefox when the tab closed within its delay).
 * The status says in words whether the fields are saved.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  /** The save function chose not to write (nothing worth saving yet). */
  | { kind: 'skipped' }
  | { kind: 'failed'; reason: string };

export function useAutosave<T>(save: (value: T) => Promise<'saved' | 'skipped'>) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const pending = useRef<{ value: T } | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  /** Sends what is pending, one save after another, until nothing is left. */
  const drain = useCallback(async () => {
    while (pending.current) {
      const next = pending.current;
      pending.current = null;
      setStatus({ kind: 'saving' });
      try {
        const outcome = await saveRef.current(next.value);
        if (!pending.current) setStatus({ kind: outcome });
      } catch (error) {
        setStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
      }
    }
  }, []);

  /** Resolves once every change made so far has been sent and answered. */
  const flush = useCallback(async () => {
    while (running.current) await running.current;
    if (!pending.current) return;
    running.current = drain().finally(() => {
      running.current = null;
    });
    await running.current;
  }, [drain]);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      setStatus({ kind: 'saving' });
      if (!running.current) void flush();
    },
    [flush],
  );

  useEffect(() => () => void flush(), [flush]);

  return { status, schedule, flush };
}
