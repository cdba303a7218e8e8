/**
 * The claim memory table (`claimMemory`): one row per remembered claim — each fact-check that
 * has a verdict, each published review the reader saved — with its tokens and features
 * (core/memory/). Lookups run on the background's in-memory index of the features
 * (claim-memory-index.ts, claim-memory-lookup.ts), which reads the tokens of matches only.
 *
 * Kept in step by every write: fact-check-rows.ts (the only writer of fact-checks) calls
 * `applyClaimMemoryChanges` in the same transaction, published-reviews.ts calls
 * `putPublishedMemoryRows`. This is the only module that writes the table.
 * Every put and delete is also entered in the change feed (`claimMemoryChanges`: row id → the
 * write's number), which the background's in-memory index reads to catch up
 * (claim-memory-index.ts), whichever context wrote.
 *
 * Invariant: a row `fc:<id>` exists exactly when fact-check <id> exists with a verdict, and its
 * fingerprint is that of its claim's text; every row changed since write N has a change entry
 * with `seq` > N. Callers' transactions include `claims` and `claimMemoryChanges`.
 */
import type { Transaction } from 'dexie';
import { claimFingerprint } from '../core/memory/claim-index';
import { BandIndex } from '../core/memory/band-index';
import type { ClaimMemoryChange, ClaimMemoryRow, ClaimMemorySnapshot } from '../core/model/claim-memory';
import type { StoredFactCheck } from '../core/model/stored-records';
import type { FactmarkTables } from './tables';

/** The memory row of a claim text. */
export function memoryRow(kind: ClaimMemoryRow['kind'], refId: string, text: string): ClaimMemoryRow {
  const { tokens, shingles } = claimFingerprint(text);
  return { id: `${kind === 'factCheck' ? 'fc' : 'pr'}:${refId}`, kind, refId, tokens, shingles };
}

/** Replaces the memory rows of `removed` fact-checks by those of `added` (inside the caller's transaction). */
export async function applyClaimMemoryChanges(
  db: FactmarkTables,
  removed: readonly StoredFactCheck[],
  added: readonly StoredFactCheck[],
): Promise<void> {
  const addedIds = new Set(added.filter((row) => row.verdict !== null).map((row) => row.id));
  const gone = [...removed, ...added].filter((row) => !addedIds.has(row.id)).map((row) => `fc:${row.id}`);
  if (gone.length > 0) await db.claimMemory.bulkDelete(gone);
  // Only rows that were there (the invariant: a verdict) are news to the index.
  const wereStored = new Set(removed.filter((row) => row.verdict !== null).map((row) => `fc:${row.id}`));
  const changed = gone.filter((id) => wereStored.has(id));
  const rated = added.filter((row) => row.verdict !== null);
  if (rated.length === 0) {
    if (changed.length > 0) await recordChanges(db, changed);
    return;
  }
  const claims = await db.claims.bulkGet(rated.map((row) => row.claimId));
  // Most writes are edits (a note typed, a source added) that leave the claim as it was: its
  // stored row is kept, since rewriting the row and its change entry would make the index take it in again.
  const stored = await db.claimMemory.bulkGet(rated.map((row) => `fc:${row.id}`));
  const rows = rated.flatMap((row, i) => {
    const claim = claims[i];
    if (!claim) return [];
    const fresh = memoryRow('factCheck', row.id, claim.text);
    const old = stored[i];
    const same =
      old !== undefined &&
      JSON.stringify([old.tokens, old.shingles]) === JSON.stringify([fresh.tokens, fresh.shingles]);
    return same ? [] : [fresh];
  });
  // An empty bulkPut resolves outside Dexie's zone and commits the caller's transaction early.
  if (rows.length > 0) await db.claimMemory.bulkPut(rows);
  const recorded = [...changed, ...rows.map((row) => row.id)];
  // Awaiting a function that makes no request would leave Dexie's zone, as the empty bulkPut.
  if (recorded.length > 0) await recordChanges(db, recorded);
}

/** Enters saved published reviews in the memory (inside the caller's transaction). */
export async function putPublishedMemoryRows(
  db: FactmarkTables,
  reviews: readonly { id: string; claimReviewed: string }[],
): Promise<void> {
  const rows = reviews.map((review) => memoryRow('published', review.id, review.claimReviewed));
  if (rows.length === 0) return;
  await db.claimMemory.bulkPut(rows);
  await recordChanges(
    db,
    rows.map((row) => row.id),
  );
}

/** Enters `ids` in the change feed under the next write number (inside the caller's transaction). */
async function recordChanges(db: FactmarkTables, ids: readonly string[]): Promise<void> {
  const last = await db.claimMemoryChanges.orderBy('seq').last();
  const seq = (last?.seq ?? 0) + 1;
  await db.claimMemoryChanges.bulkPut(ids.map((id) => ({ id, seq })));
}

/**
 * Schema upgrade: the memory rows of every stored fact-check with a verdict and every saved
 * published review, computed anew (a change to how claims are compared, core/memory/, makes the
 * stored fingerprints stale: it ships with a schema version whose upgrade is this).
 */
export async function rebuildClaimMemory(tx: Transaction): Promise<void> {
  const claims = new Map(
    (await tx.table('claims').toArray()).map((claim) => [claim.id, claim.text as string]),
  );
  const rows: ClaimMemoryRow[] = [];
  await tx
    .table('factChecks')
    .toCollection()
    .each((row: StoredFactCheck) => {
      const text = claims.get(row.claimId);
      if (row.verdict !== null && text !== undefined) rows.push(memoryRow('factCheck', row.id, text));
    });
  const reviews = tx.storeNames.includes('publishedReviews')
    ? await tx.table('publishedReviews').toArray()
    : [];
  for (const review of reviews) rows.push(memoryRow('published', review.id, review.claimReviewed));
  await tx.table('claimMemory').clear();
  await tx.table('claimMemory').bulkPut(rows);
  // Every row changed: an index built before reloads the whole memory (`*`), from the index
  // saved here, so the next lookup does not read the whole table (claim-memory-index.ts).
  // Upgrades from before the feed existed (version 12) have no such index, nor the tables yet.
  if (tx.idbtrans.objectStoreNames.contains('claimMemoryChanges')) {
    const changes = tx.table('claimMemoryChanges');
    const last = (await changes.orderBy('seq').last()) as ClaimMemoryChange | undefined;
    const seq = (last?.seq ?? 0) + 1;
    await changes.put({ id: '*', seq } satisfies ClaimMemoryChange);
    const bands = new BandIndex();
    bands.addMany(rows.map((row) => ({ id: row.id, features: row.shingles })));
    const packed = bands.toPacked();
    if (packed)
      await tx
        .table('claimMemorySnapshot')
        .put({ id: 'index', seq, ...packed } satisfies ClaimMemorySnapshot);
    else await tx.table('claimMemorySnapshot').clear();
  }
}
