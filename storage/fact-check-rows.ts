/**
 * The only code that writes the `factChecks` table (schema upgrades aside): every put and delete
 * of fact-check rows goes through here so the facet counts (facets.ts) change with them, in the
 * same transaction. Callers run these inside a read-write transaction over `factChecks` and
 * `facets` (tests/unit/storage/facets.test.ts checks no other module writes the table).
 */
import type { StoredFactCheck } from '../core/model/stored-records';
import type { FactmarkDb } from './db';
import { applyFacetChanges } from './facets';

/** Stores a new fact-check; fails (ConstraintError) if its id is taken, as a create must. */
export async function addFactCheckRow(db: FactmarkDb, row: StoredFactCheck): Promise<void> {
  await db.factChecks.add(row);
  await applyFacetChanges(db, [], [row]);
}

/** Stores `rows`, replacing any stored fact-check of the same id. */
export async function putFactCheckRows(db: FactmarkDb, rows: readonly StoredFactCheck[]): Promise<void> {
  if (rows.length === 0) return;
  const before = (await db.factChecks.bulkGet(rows.map((row) => row.id))).filter((row) => row !== undefined);
  await db.factChecks.bulkPut([...rows]);
  await applyFacetChanges(db, before, rows);
}

/** Deletes `rows` (as read from the table in this transaction). */
export async function deleteFactCheckRows(db: FactmarkDb, rows: readonly StoredFactCheck[]): Promise<void> {
  if (rows.length === 0) return;
  await db.factChecks.bulkDelete(rows.map((row) => row.id));
  await applyFacetChanges(db, rows, []);
}
