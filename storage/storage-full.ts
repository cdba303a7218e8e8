/**
 * Recognises a write refused because the disk or the browser's quota is full. IndexedDB reports
 * it as a `QuotaExceededError` DOMException; Dexie wraps it in an error of the same name (or
 * keeps it as `inner`).
 */
export function isStorageFull(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== 'object') return false;
    const { name } = current as { name?: unknown };
    if (name === 'QuotaExceededError') return true;
    current =
      (current as { inner?: unknown; cause?: unknown }).inner ?? (current as { cause?: unknown }).cause;
  }
  return false;
}
