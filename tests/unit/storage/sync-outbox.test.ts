import { describe, expect, test } from 'vitest';
import { clearOutbox, FULL_SCAN, readOutbox } from '../../../storage/sync-outbox';
import { factmarkWriter } from '../../../storage/writer';
import { fakeDraft } from '../factories';
import { useFreshDbs } from './fresh-db';

const freshDb = useFreshDbs('sync-outbox');
const at = () => new Date('2025-07-05T10:00:00.000Z');

function setup() {
  const db = freshDb();
  return { db, writer: factmarkWriter(db, async () => {}, at) };
}

const idsOf = async (db: ReturnType<typeof freshDb>) =>
  (await readOutbox(db)).map((entry) => `${entry.table}:${entry.id}`).sort();

describe('sync outbox', () => {
  test('every write of an article, claim or fact-check logs its id, whichever path made it', async () => {
    const { db, writer } = setup();
    const saved = await writer.create(fakeDraft());
    const expected = [
      `articles:${saved.article.id}`,
      `claims:${saved.claim.id}`,
      `factChecks:${saved.factCheck.id}`,
    ].sort();
    expect(await idsOf(db)).toEqual(expected);

    await clearOutbox(db, await readOutbox(db));
    expect(await idsOf(db)).toEqual([]);
    await writer.update(saved.factCheck.id, { note: 'revu' });
    expect(await idsOf(db)).toEqual([`factChecks:${saved.factCheck.id}`]);

    await clearOutbox(db, await readOutbox(db));
    await writer.delete([saved.factCheck.id]);
    expect(await idsOf(db)).toContain(`factChecks:${saved.factCheck.id}`);
  });

  test('other tables are not logged', async () => {
    const { db } = setup();
    await db.syncMarks.put({ id: 'x', type: 'claim', rev: '1-a', updatedAt: null });
    expect(await readOutbox(db)).toEqual([]);
  });

  test('an entry written again while a sync ran is kept when the sync clears what it read', async () => {
    const { db, writer } = setup();
    const saved = await writer.create(fakeDraft());
    const read = await readOutbox(db);
    await writer.update(saved.factCheck.id, { note: 'pendant la synchro' });
    await clearOutbox(db, read);
    expect(await idsOf(db)).toEqual([`factChecks:${saved.factCheck.id}`]);
  });

  test('a write that cannot name its rows asks for a full scan', async () => {
    const { db, writer } = setup();
    await writer.create(fakeDraft());
    await db.claims.clear();
    expect((await readOutbox(db)).map((entry) => entry.id)).toContain(FULL_SCAN);
  });
});
