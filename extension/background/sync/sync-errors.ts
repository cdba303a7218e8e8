/**
 * What went wrong with a sync. PouchDB rejects with CouchDB's answer (`status`, `name`, `reason`)
 * or a network error. The views say it in the reader's language by `code`
 * (extension/pages/sync-error-text.ts), with `detail` (the server's or the browser's own words,
 * in English) folded away; `message` is the English sentence kept for the console and logs.
 */

type SyncErrorCode =
  /** 401: wrong name or password, or the session expired. */
  | 'unauthorized'
  /** 403: signed in, but not a member of this desk, or a write the desk's rules refuse. */
  | 'forbidden'
  /** 404: no database of that name on the server. */
  | 'no-desk'
  /** No answer: server down, wrong address, offline. */
  | 'unreachable'
  | 'failed';

export interface SyncError {
  code: SyncErrorCode;
  message: string;
  /** The server's or the browser's own words, as they came. */
  detail: string;
  /** The desk the error is about. */
  desk: string;
}

/** A readable error for whatever a sync step threw. */
export function describeSyncError(error: unknown, desk: string): SyncError {
  const { status, reason, message } = (error ?? {}) as { status?: number; reason?: string; message?: string };
  const detail = reason ?? message ?? String(error);
  const about = { detail, desk };
  switch (status) {
    case 401:
      return {
        code: 'unauthorized',
        message: `The server did not accept this name and password (401): sign in again on the options page. ${detail}`,
        ...about,
      };
    case 403:
      return { code: 'forbidden', message: `The desk "${desk}" refused this (403): ${detail}`, ...about };
    case 404:
      return { code: 'no-desk', message: `There is no desk "${desk}" on this server (404)`, ...about };
    default:
      if (status === undefined || status === 0 || /fetch|network/i.test(detail)) {
        return { code: 'unreachable', message: `The server could not be reached: ${detail}`, ...about };
      }
      return {
        code: 'failed',
        message: `Sync failed (${status}): ${detail}`,
        detail: `${status}: ${detail}`,
        desk,
      };
  }
}
