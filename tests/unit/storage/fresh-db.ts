/** Test helper: fresh databases for a test file, each closed and deleted after its test. */
import { Dexie } from 'dexie';
import { afterEach } from 'vitest';
import { FactmarkDb } from '../../../storage/db';

/** Registers the clean-up and returns a maker of fresh databases named `<prefix>-<uuid>`. */
export function useFreshDbs(prefix: string): () => FactmarkDb {
  const opened: FactmarkDb[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await Dexie.delete(db.name);
    }
  });
  return () => {
    const db = new FactmarkDb(`${prefix}-${crypto.randomUUID()}`);
    opened.push(db);
    return db;
  };
}
