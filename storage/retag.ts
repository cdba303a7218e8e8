/**
 * Adds or removes one tag on many fact-checks at once, in one transaction, through
 * `updateFactCheck` so every derived field is recomputed as for any other edit. Fact-checks
 * already in the wanted state are left untouched (their `updatedAt` does not move).
 */
import type { FactmarkTables } from './tables';
import { factCheckRowTables } from './fact-check-rows';
import { updateFactCheck } from './fact-checks';

/** Returns how many fact-checks changed. */
export async function retagFactChecks(
  db: FactmarkTables,
  ids: readonly string[],
  change: { add: string } | { remove: string },
  now: Date,
): Promise<number> {
  return db.transaction('rw', [db.articles, db.claims, ...factCheckRowTables(db)], async () => {
    let changed = 0;
    for (const row of await db.factChecks.bulkGet([...ids])) {
      if (!row) continue;
      const tags =
        'add' in change
          ? row.tags.includes(change.add)
            ? row.tags
            : [...row.tags, change.add]
          : row.tags.filter((tag) => tag !== change.remove);
      if (tags.length === row.tags.length && tags.every((tag, i) => tag === row.tags[i])) continue;
      await updateFactCheck(db, row.id, { tags }, now);
      changed++;
    }
    return changed;
  });
}
