/**
 * The Factmark database: one typed Dexie subclass, opened only in the extension's own origin
 * (background and extension pages). A content script's IndexedDB would belong to the web site,
 * so content scripts go through the background (core/messaging/protocol.ts).
 */
import { declareSchema } from './schema';
import { syncOutboxMiddleware } from './sync-outbox';
import { FactmarkTables } from './tables';

const DATABASE_NAME = 'factmark';

/** The tables (tables.ts) with their schema declared (schema.ts) and desk sync's change log kept (sync-outbox.ts). */
export class FactmarkDb extends FactmarkTables {
  constructor(name = DATABASE_NAME) {
    super(name);
    declareSchema(this);
    this.use(syncOutboxMiddleware);
  }
}

let shared: FactmarkDb | undefined;

/** The one database instance of this extension context, opened on first use. */
export function getDb(): FactmarkDb {
  shared ??= new FactmarkDb();
  return shared;
}
