/**
 * PouchDB 9's modules ship no types: the sync sees them only through the `Pouch` interface
 * (pouch.ts), so each module is declared here as what it is to us — a constructor or a plugin.
 */
declare module 'pouchdb-core' {
  import type { Pouch } from './pouch';

  interface PouchConstructor {
    new (name: string, options?: Record<string, unknown>): Pouch;
    plugin(plugin: unknown): PouchConstructor;
    defaults(options: Record<string, unknown>): PouchConstructor;
    fetch(url: string | Request, init?: RequestInit): Promise<Response>;
  }
  const PouchDB: PouchConstructor;
  export default PouchDB;
}

declare module 'pouchdb-adapter-idb' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-mapreduce' {
  const plugin: unknown;
  export default plugin;
}

declare module 'express-pouchdb' {
  import type { RequestListener } from 'node:http';

  function expressPouchDB(PouchDB: unknown, options?: Record<string, unknown>): RequestListener;
  export default expressPouchDB;
}
