import { Dexie } from 'dexie';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { EMPTY_FILTER } from '../../../core/review/filter';
import { FactmarkDb } from '../../../storage/db';
import { createFactCheck } from '../../../storage/fact-checks';
import { matchingFactCheckIds } from '../../../storage/review-export-ids';
import { fakeDraft } from '../factories';

let db: FactmarkDb;
beforeEach(() => {
  db = new FactmarkDb(`matching-${crypto.randomUUID()}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

test('the ids of every fact-check in the view, across pages, newest first', async () => {
  const ids: string[] = [];
  for (let i = 0; i < 30; i++) {
    const draft = fakeDraft({
      verdict: i % 3 === 0 ? 'false' : 'true',
      note: i % 2 === 0 ? 'réservoir' : 'autre',
    });
    ids.push((await createFactCheck(db, draft, new Date(Date.UTC(2025, 0, 1, 0, i)))).factCheck.id);
  }
  const falseOnes = ids.filter((_, i) => i % 3 === 0).reverse();
  expect(await matchingFactCheckIds(db, { ...EMPTY_FILTER, verdicts: ['false'] })).toEqual(falseOnes);
  const falseReservoir = ids.filter((_, i) => i % 3 === 0 && i % 2 === 0).reverse();
  expect(await matchingFactCheckIds(db, { ...EMPTY_FILTER, verdicts: ['false'], q: 'reservoirs' })).toEqual(
    falseReservoir,
  );
  expect(await matchingFactCheckIds(db, EMPTY_FILTER)).toEqual([...ids].reverse());
});
