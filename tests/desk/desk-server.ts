/**
 * A CouchDB-protocol desk server for tests and benches, started by the test itself on
 * 127.0.0.1 with a random port, in memory: express-pouchdb (the server inside `pouchdb-server`)
 * over PouchDB's in-memory adapter. `pouchdb-server --in-memory` itself also runs here, but its
 * install builds sqlite3 from source (its prebuilt binary is downloaded from outside the npm
 * registry, which CI cannot reach), minutes per clean install; this is the same server code
 * without that native build. It keeps CouchDB's `_users`, `_session`, `_security` and
 * `validate_doc_update`, which is what desk sync relies on.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import expressPouchDB from 'express-pouchdb';
import PouchDB from 'pouchdb-core';
import adapterHttp from 'pouchdb-adapter-http';
import adapterMemory from 'pouchdb-adapter-memory';
import mapreduce from 'pouchdb-mapreduce';
import replication from 'pouchdb-replication';
import type { Pouch } from '../../extension/background/sync/pouch';
import { designDocument } from '../../core/sync/validate-doc-update';

/** PouchDB for Node: in-memory local databases, HTTP remote ones. */
export const NodePouch = PouchDB.plugin(adapterHttp)
  .plugin(adapterMemory)
  .plugin(replication)
  .plugin(mapreduce);
/**
 * The server's databases and the devices' are of separate classes: express-pouchdb wraps the
 * static methods (replicate among them) of the class it serves with its security checks.
 */
const ServerPouch = NodePouch.defaults({ adapter: 'memory' });
const DevicePouch = NodePouch.defaults({ adapter: 'memory' });

export const ADMIN = { name: 'admin', password: 'admin-secret' };

export interface DeskMember {
  name: string;
  password: string;
  roles?: string[];
}

export interface DeskServer {
  url: string;
  /** Creates a desk database with its members, `_security` and design document. */
  createDesk(desk: string, members: readonly DeskMember[]): Promise<void>;
  /** A remote database handle signed in as `member` (HTTP basic auth). */
  remote(desk: string, member: { name: string; password: string }): Pouch;
  /** A fresh in-memory local database (one device). */
  localDb(name: string): Pouch;
  stop(): Promise<void>;
  /** Stops answering (a server outage); `start` brings it back on the same port. */
  pause(): Promise<void>;
  resume(): Promise<void>;
}

/**
 * Works around a bug of express-pouchdb's validation (pouchdb-validation 4.2.0, also inside
 * `pouchdb-server`): before running `validate_doc_update` it overwrites each incoming document's
 * `_revisions` with the stored document's, so a replicated update (`_bulk_docs` with
 * `new_edits: false`) loses its revision history and is silently dropped. CouchDB does not do
 * this. Here each replicated document's `_revisions` is parsed first and kept read-only (writes
 * to it are ignored), so the server stores what the replicator sent, as CouchDB would.
 */
function keepRevisionHistories(app: RequestListener): RequestListener {
  return (request, response) => {
    if (request.method !== 'POST' || !request.url?.split('?')[0]?.endsWith('/_bulk_docs')) {
      app(request, response);
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const parsed = request as IncomingMessage & { body?: unknown; _body?: boolean };
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          docs?: Record<string, unknown>[];
        };
        for (const doc of body.docs ?? []) {
          const history = doc._revisions;
          if (history === undefined) continue;
          Object.defineProperty(doc, '_revisions', { enumerable: true, get: () => history, set: () => {} });
        }
        parsed.body = body;
        // body-parser (inside express-pouchdb) leaves a request whose body is already read.
        parsed._body = true;
      } catch {
        // Left unparsed: express-pouchdb answers the bad JSON itself.
      }
      app(parsed, response);
    });
  };
}

async function listen(server: Server, port = 0): Promise<number> {
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** Starts a desk server; the caller stops it. */
export async function startDeskServer(): Promise<DeskServer> {
  const app = keepRevisionHistories(
    expressPouchDB(ServerPouch, { mode: 'fullCouchDB', inMemoryConfig: true, logPath: '/dev/null' }),
  );
  let server = createServer(app);
  const port = await listen(server);
  const url = `http://127.0.0.1:${port}`;
  const admin = `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`;
  const call = async (method: string, path: string, body?: unknown, auth = true, allowConflict = false) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: admin } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (allowConflict && response.status === 409) return;
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  };
  await call('PUT', `/_config/admins/${ADMIN.name}`, ADMIN.password, false);
  let locals = 0;
  return {
    url,
    async createDesk(desk, members) {
      await call('PUT', `/${desk}`);
      for (const { name, password, roles = [] } of members) {
        // Users are the server's, shared by its desks: one already there stays as it is.
        await call(
          'PUT',
          `/_users/org.couchdb.user:${name}`,
          { name, password, roles, type: 'user' },
          true,
          true,
        );
      }
      await call('PUT', `/${desk}/_security`, {
        admins: { names: [], roles: [] },
        members: { names: members.map(({ name }) => name), roles: [] },
      });
      const design = designDocument();
      await call('PUT', `/${desk}/${design._id}`, design);
    },
    remote(desk, member) {
      return new NodePouch(`${url}/${desk}`, {
        auth: { username: member.name, password: member.password },
        skip_setup: true,
      });
    },
    localDb(name) {
      locals++;
      return new DevicePouch(`${name}-${locals}-${Math.random().toString(36).slice(2)}`);
    },
    stop: () => close(server),
    pause: () => close(server),
    async resume() {
      server = createServer(app);
      await listen(server, port);
    },
  };
}
