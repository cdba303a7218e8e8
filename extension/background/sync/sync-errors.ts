/**
 * What went wrong with a sync, in words a reader can act on. PouchDB rejects with CouchDB's
 * answer (`status`, `name`, `reason`) or a network error; the popup and the options page show
 * `message` and may translate by `code`.
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
}

/** A readable error for whatever a sync step threw. */
export function describeSyncError(error: unknown, desk: string): SyncError {
  const { status, reason, message } = (error ?? {}) as { status?: number; reason?: string; message?: string };
  const detail = reason ?? message ?? String(error);
  switch (status) {
    case 401:
      return {
        code: 'unauthorized',
        message: `The server did not accept this name and password (401): sign in again on the options page. ${detail}`,
      };
    case 403:
      return { code: 'forbidden', message: `The desk "${desk}" refused this (403): ${detail}` };
    case 404:
      return { code: 'no-desk', message: `There is no desk "${desk}" on this server (404)` };
    default:
      if (status === undefined || status === 0 || /fetch|network/i.test(detail)) {
        return { code: 'unreachable', message: `The server could not be reached: ${detail}` };
      }
      return { code: 'failed', message: `Sync failed (${status}): ${detail}` };
  }
}
