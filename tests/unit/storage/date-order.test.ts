/**
 * The date order (storage/date-order.ts) against the index it stands in for: after any writes,
 * its ids are exactly the `createdAt` index's order, ties and odd ids included.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { StoredFactCheck } from '../../../core/model/stored-records';
import type { FactmarkDb } from '../../../storage/db';
import { dateKey, dateRanks, readDateOrder } from '../../../storage/date-order';
import { deleteFactCheckRows, factCheckRowTables, putFactCheckRows } from '../../../storage/fact-check-rows';
import { fakeStoredFactCheck } from '../factories';
import { expectDerivedInStep } from './expect-derived';
import { useFreshDbs } from './fresh-db';

const freshDb = useFreshDbs('date-order');

function row(id: string, createdAt: string): StoredFactCheck {
  return fakeStoredFactCheck({ id, claimId: `c-${id}`, articleId: 'a', createdAt });
}

const write = (db: FactmarkDb, action: () => Promise<void>) =>
  db.transaction('rw', factCheckRowTables(db), action);

/** Ids as the order read from `db` ranks them. */
async function loadedOrder(db: FactmarkDb, ids: string[]): Promise<string[]> {
  const ranks = dateRanks(await readDateOrder(db), ids);
  if (!ranks) throw new Error('an id is missing from the date order');
  return [...ids].sort((a, b) => (ranks.get(a) as number) - (ranks.get(b) as number));
}

describe('date order', () => {
  test('sorts as the createdAt index after any puts and deletes, ties and odd ids included (property)', async () => {
    // Few instants (ties), two months, ids of any length and characters on both sides of digits.
    const instant = fc.constantFrom(
      '2025-01-31T23:59:59.999Z',
      '2025-02-01T00:00:00.000Z',
      '2025-02-01T00:00:00.001Z',
    );
    const id = fc.constantFrom('a', 'a0', 'a-', 'A', 'b', 'ab', '0', 'é', 'z~', 'f000010', 'f00001');
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('put' as const),
        rows: fc.array(fc.tuple(id, instant), { maxLength: 4 }),
      }),
      fc.record({ kind: fc.constant('delete' as const), ids: fc.array(id, { maxLength: 3 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 10 }), async (ops) => {
        const db = freshDb();
        for (const step of ops) {
          await write(db, async () => {
            if (step.kind === 'put') {
              // One write per id, as the storage functions make them.
              const rows = new Map(step.rows.map(([key, at]) => [key, row(key, at)]));
              await putFactCheckRows(db, [...rows.values()]);
            } else {
              const stored = await db.factChecks.bulkGet([...new Set(step.ids)]);
              await deleteFactCheckRows(
                db,
                stored.filter((found) => found !== undefined),
              );
            }
          });
          await expectDerivedInStep(db);
        }
        const ids = (await db.factChecks.toCollection().primaryKeys()) as string[];
        expect(await loadedOrder(db, ids)).toEqual(await db.factChecks.orderBy('createdAt').primaryKeys());
      }),
      { numRuns: 40 },
    );
  });

  test('an overwrite that changes a fact-check date moves it, and an edit leaves the order alone', async () => {
    const db = freshDb();
    await write(db, () =>
      putFactCheckRows(db, [row('x', '2025-03-01T00:00:00.000Z'), row('y', '2025-04-01T00:00:00.000Z')]),
    );
    expect(await loadedOrder(db, ['x', 'y'])).toEqual(['x', 'y']);
    await write(db, () => putFactCheckRows(db, [row('x', '2025-05-01T00:00:00.000Z')]));
    expect(await loadedOrder(db, ['x', 'y'])).toEqual(['y', 'x']);
    expect((await db.dateOrder.toArray()).map(({ month }) => month)).toEqual(['2025-04', '2025-05']);
    const before = await db.dateOrder.toArray();
    await write(db, () =>
      putFactCheckRows(db, [{ ...row('y', '2025-04-01T00:00:00.000Z'), note: 'edited' }]),
    );
    expect(await db.dateOrder.toArray()).toEqual(before);
  });

  test('a key is the date, then the id', () => {
    expect(dateKey(row('f1', '2025-04-01T00:00:00.000Z'))).toBe('2025-04-01T00:00:00.000Z\u0000f1');
  });

  test('ids missing from the order read give no ranks', async () => {
    const db = freshDb();
    const empty = await readDateOrder(db);
    await write(db, () => putFactCheckRows(db, [row('x', '2025-03-01T00:00:00.000Z')]));
    expect(dateRanks(empty, ['x'])).toBeNull();
    const order = await readDateOrder(db);
    expect(dateRanks(order, ['x'])).toEqual(new Map([['x', 0]]));
    expect(dateRanks(order, ['x', 'later'])).toBeNull();
  });
});
