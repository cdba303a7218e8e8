import { describe, expect, test } from 'vitest';
import { createFactCheck, restoreRecords, updateFactCheck } from '../../../storage/fact-checks';
import { InvalidRecordError } from '../../../storage/validate-rows';
import { fakeDraft } from '../factories';
import { useFreshDbs } from './fresh-db';

const freshDb = useFreshDbs('validate-rows');
const at = new Date('2025-07-05T10:00:00.000Z');

describe('one set of rules for every write', () => {
  test.each([
    [
      'a javascript: source',
      { sources: [{ url: 'javascript:alert(1)', title: 'x', stance: 'supports' as const }] },
    ],
    [
      'a source with a user name and password',
      {
        sources: [{ url: 'https://bank.example:pw@evil.example/', title: 'x', stance: 'supports' as const }],
      },
    ],
    [
      'a source with a space',
      { sources: [{ url: 'https://a.example/a b', title: 'x', stance: 'supports' as const }] },
    ],
    ['a note over the limit', { note: 'x'.repeat(20_001) }],
    ['51 tags', { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) }],
  ])(
    'an edit (the review page editor, a retag) with %s is refused and changes nothing',
    async (_name, changes) => {
      const db = freshDb();
      const saved = await createFactCheck(db, fakeDraft(), at);
      const failure = await updateFactCheck(db, saved.factCheck.id, changes, at).catch(
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(InvalidRecordError);
      expect((failure as Error).message).toMatch(/^The fact-check was not saved: /);
      expect(await db.factChecks.get(saved.factCheck.id)).toEqual(saved.factCheck);
    },
  );

  test('an undo of rows that break a rule writes nothing', async () => {
    const db = freshDb();
    const saved = await createFactCheck(db, fakeDraft(), at);
    const bad = { ...saved.factCheck, updatedAt: '2025-07-05T12:00:00+02:00' };
    await expect(
      restoreRecords(db, { articles: [], claims: [saved.claim], factChecks: [bad] }),
    ).rejects.toBeInstanceOf(InvalidRecordError);
    expect(await db.factChecks.get(saved.factCheck.id)).toEqual(saved.factCheck);
  });
});
