/**
 * What the popup and the options page show of desk sync. Plain data: it crosses messaging and
 * is kept in extension storage (never a password: the server's session cookie signs requests).
 */

/** The desk a reader joined: the CouchDB server, its database, and the member's name. */
/** A sync's error as stored and answered (extension/background/sync/sync-errors.ts makes it). */
export interface SyncErrorRecord {
  code: string;
  /** In English, for logs; views say it by `code` in the reader's language. */
  message: string;
  /** The server's or the browser's own words (absent from errors stored by older versions). */
  detail?: string;
  /** The desk it is about (absent from errors stored by older versions). */
  desk?: string;
}

/** What "Test connection" found: the server, the sign-in and the desk answer, or why not. */
export type DeskCheck = { ok: true } | { ok: false; error: SyncErrorRecord };

export interface DeskSettings {
  /** Origin of the CouchDB server, e.g. `https://couch.newsroom.example`. */
  serverUrl: string;
  /** The desk's database name. */
  desk: string;
  /** The member's CouchDB user name. */
  name: string;
}

export interface SyncStatus {
  /** Null when no desk is joined. */
  settings: DeskSettings | null;
  syncing: boolean;
  /** When the last sync ended without error (ISO 8601). */
  lastSyncAt: string | null;
  /** The last sync's error, readable (401 and 403 say what to do). */
  lastError: SyncErrorRecord | null;
  /** Changes the desk refused on the last sync. */
  refused: number;
}

/** CouchDB database names: lower-case letter first, then lower-case letters, digits and _$()+-/. */
export const DESK_NAME_PATTERN = /^[a-z][a-z0-9_$()+/-]*$/;
