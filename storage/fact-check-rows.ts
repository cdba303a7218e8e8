/**
 * The only code that writes the `factChecks` table (schema upgrades aside): every put and delete
 * of fact-check rows goes through here so the facet counts (facets.ts) and pairs
 * (facet-pairs.ts), the date order (date-order.ts) and the claim memory (claim-memory.ts) change
 * with them, in the same transaction, and every row it stores is first checked by the record
 * rules (validate-rows.ts). Callers run these inside a read-write transaction over
 * `factCheckRowTables` (tests/unit/storage/facets.test.ts checks no other module writes the
 * table).
 */
import type { StoredFactCheck } from '../core/model/stored-records';
import type { FactmarkTables } from './tables';
import { applyClaimMemoryChanges } from './claim-memory';
import { applyDateOrderChanges } from './date-order';
import { applyFacetPairChanges } from './facet-pairs';
import { applyFacetChanges } from './facets';
import { factCheckSearchFields } from './search-fields';
import { assertValidFactCheck } from './validate-rows';

/** The tables a write of fact-check rows touches: every caller's transaction includes them. */
export const factCheckRowTables = (db: FactmarkTables) => [
  db.factChecks,
  db.facets,
  db.facetPairs,
  db.dateOrder,
  db.claimMemory,
  db.claimMemoryChanges,
  // Read for the claim texts the memory fingerprints.
  db.claims,
];

/** Keeps the derived tables in step with `removed` being replaced by `added`. */
async function applyChanges(
  db: FactmarkTables,
  removed: readonly StoredFactCheck[],
  added: readonly StoredFactCheck[],
): Promise<void> {
  // The memory first: the date order may end on a native promise, after which a further
  // request would find the transaction committed.
  await applyClaimMemoryChanges(db, removed, added);
  await applyFacetChanges(db, removed, added);
  await applyFacetPairChanges(db, removed, added);
  await applyDateOrderChanges(db, removed, added);
}

/** Stores a new fact-check; fails (ConstraintError) if its id is taken, as a create must. */
export async function addFactCheckRow(db: FactmarkTables, row: StoredFactCheck): Promise<void> {
  assertValidFactCheck(row);
  await db.factChecks.add(row);
  await applyChanges(db, [], [row]);
}

/** Stores `rows`, replacing any stored fact-check of the same id. */
export async function putFactCheckRows(db: FactmarkTables, rows: readonly StoredFactCheck[]): Promise<void> {
  if (rows.length === 0) return;
  rows.forEach(assertValidFactCheck);
  const before = (await db.factChecks.bulkGet(rows.map((row) => row.id))).filter((row) => row !== undefined);
  await db.factChecks.bulkPut([...rows]);
  await applyChanges(db, before, rows);
}

/**
 * Re-derives the search words and memory of the fact-checks of `claimIds`, claims whose text was
 * just revised (a sync or an import brought the revision), leaving out those in `written` (put
 * already with the new text); answers the articles whose fact-checks changed. The transaction
 * must include the articles too.
 */
export async function rederiveFactChecksOf(
  db: FactmarkTables,
  claimIds: ReadonlySet<string>,
  written: ReadonlySet<string>,
): Promise<string[]> {
  if (claimIds.size === 0) return [];
  const factChecks = (
    await db.factChecks
      .where('claimId')
      .anyOf([...claimIds])
      .toArray()
  ).filter((row) => !written.has(row.id));
  const [claims, articles] = await Promise.all([
    db.claims.bulkGet(factChecks.map((row) => row.claimId)),
    db.articles.bulkGet(factChecks.map((row) => row.articleId)),
  ]);
  const rows = factChecks.flatMap((row, index) => {
    const [claim, article] = [claims[index], articles[index]];
    return claim && article ? [{ ...row, ...factCheckSearchFields(row, claim, article) }] : [];
  });
  await putFactCheckRows(db, rows);
  return [...new Set(rows.map((row) => row.articleId))];
}

/** Deletes `rows` (as read from the table in this transaction). */
export async function deleteFactCheckRows(
  db: FactmarkTables,
  rows: readonly StoredFactCheck[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.factChecks.bulkDelete(rows.map((row) => row.id));
  await applyChanges(db, rows, []);
}
