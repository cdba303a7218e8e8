/**
 * The extension's PouchDB: pouchdb-core with the IndexedDB adapter (the local copy the sync
 * replicates through, one database per desk) and the HTTP adapter (the desk), plus replication.
 * Requests to the desk carry the browser's session cookie for the server (`credentials:
 * 'include'`), never a password.
 */
import PouchDB from 'pouchdb-core';
import adapterHttp from 'pouchdb-adapter-http';
import adapterIdb from 'pouchdb-adapter-idb';
import replication from 'pouchdb-replication';
import type { DeskSettings } from '../../../core/sync/sync-status';
import type { Pouch } from './pouch';

const ExtensionPouch = PouchDB.plugin(adapterIdb).plugin(adapterHttp).plugin(replication);

/** The local database of a desk (IndexedDB, in the extension's origin). */
export function openLocal(settings: DeskSettings): Pouch {
  return new ExtensionPouch(`factmark-desk-${settings.desk}`, { adapter: 'idb' });
}

/** The desk's database on its server, signed by the session cookie. */
export function openRemote(settings: DeskSettings): Pouch {
  return new ExtensionPouch(`${settings.serverUrl}/${encodeURIComponent(settings.desk)}`, {
    skip_setup: true,
    fetch: (url: string | Request, init?: RequestInit) =>
      ExtensionPouch.fetch(url, { ...init, credentials: 'include' }),
  });
}
