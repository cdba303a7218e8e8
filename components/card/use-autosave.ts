/**
 * Saves the card's fields as the reader types. A change is sent at once when no save is under
 * way; changes made while one is under way are coalesced and sent, latest only, when it ends.
 * Saves never overlap (the first one creates the fact-check, the next ones update it), and
 * nothing waits on a timer: a tab closed right after the last keystroke has already sent it
 * (a timer-debounced save was seen lost in Firefox when the tab closed within its delay).
 * The status says in words whether the fields are saved. A failed save is kept: `retry` sends
 * it again, and `flush` answers whether everything is saved, so the card can stay open rather
 * than drop the reader's work. A save can also be held back by the fields themselves (a source
 * still without its link): nothing is written, the status says why, and `flush` answers false
 * until the reader completes them.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { errorMessage } from '../../core/text/error-message';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  /** The save function chose not to write (nothing worth saving yet). */
  | { kind: 'skipped' }
  /** The fields cannot be saved as they are: `reason` says what the reader must complete. */
  | { kind: 'incomplete'; reason: string }
  | { kind: 'failed'; reason: string };

/** What a save did: wrote, had nothing worth writing, or was held back by the fields (and why). */
export type SaveOutcome = 'saved' | 'skipped' | { incomplete: string };

export function useAutosave<T>(save: (value: T) => Promise<SaveOutcome>) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const pending = useRef<{ value: T } | null>(null);
  const running = useRef<Promise<void> | null>(null);
  /** The value whose save failed last, until a later save succeeds. */
  const failed = useRef<{ value: T } | null>(null);
  /** Whether the last value sent was held back by its own fields. */
  const incomplete = useRef(false);
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
        failed.current = null;
        incomplete.current = typeof outcome === 'object';
        if (!pending.current)
          setStatus(
            typeof outcome === 'object'
              ? { kind: 'incomplete', reason: outcome.incomplete }
              : { kind: outcome },
          );
      } catch (error) {
        failed.current = next;
        setStatus({ kind: 'failed', reason: errorMessage(error) });
      }
    }
  }, []);

  /**
   * Resolves once every change made so far has been sent and answered: true when all of it is
   * saved, false when the last save failed (its value is kept for `retry`) or was held back.
   */
  const flush = useCallback(async (): Promise<boolean> => {
    while (running.current) await running.current;
    if (pending.current) {
      running.current = drain().finally(() => {
        running.current = null;
      });
      await running.current;
    }
    return failed.current === null && !incomplete.current;
  }, [drain]);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      setStatus({ kind: 'saving' });
      if (!running.current) void flush();
    },
    [flush],
  );

  /** Sends the failed value again (unless a newer change is already on its way). */
  const retry = useCallback(() => {
    const value = failed.current;
    if (value && !pending.current) schedule(value.value);
  }, [schedule]);

  useEffect(() => () => void flush(), [flush]);

  return { status, schedule, flush, retry };
}
