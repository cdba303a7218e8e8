import { expect, test } from 'vitest';
import { deskAuthors } from '../../../storage/desk-authors';
import { createFactCheck } from '../../../storage/fact-checks';
import { fakeDraft } from '../factories';
import { useFreshDbs } from './fresh-db';

const freshDb = useFreshDbs('desk-authors');

test('lists each desk member who wrote a fact-check once, A to Z, leaving out those without one', async () => {
  const db = freshDb();
  expect(await deskAuthors(db)).toEqual([]);
  for (const author of ['bob', 'alice', undefined, 'bob', 'erin', 'alice']) {
    const saved = await createFactCheck(db, fakeDraft({ note: String(author) }), new Date());
    if (author) await db.factChecks.update(saved.factCheck.id, { author });
  }
  expect(await deskAuthors(db)).toEqual(['alice', 'bob', 'erin']);
});
