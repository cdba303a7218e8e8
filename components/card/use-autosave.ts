/**
 * Saves the card's fields as the reader types: a short pause after the last keystroke, or at
 * once when asked (closing the card, leaving the page). Only the latest fields are ever written;
 * the status says in words whether they are saved.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/**
 * Pause after the last keystroke before saving: short enough that closing the tab right after
 * typing rarely finds work pending (and `flush` covers that case), long enough not to write on
 * every key.
 */
export const AUTOSAVE_DELAY_MS = 400;

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; reason: string };

export function useAutosave<T>(save: (value: T) => Promise<void>) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(async () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    setStatus({ kind: 'saving' });
    try {
      await saveRef.current(next.value);
      setStatus(pending.current ? { kind: 'saving' } : { kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
      setStatus({ kind: 'saving' });
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => void flush();
    addEventListener('pagehide', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  return { status, schedule, flush };
}
