import { expect, test } from 'vitest';
import { csvRows } from '../../../core/exchange/csv';
import { exportBundle } from '../../../storage/export-bundle';
import { factmarkWriter } from '../../../storage/writer';
import { fakeDraft } from '../factories';
import { useFreshDbs } from './fresh-db';

const freshDb = useFreshDbs('rebase');
const NOW = 'En mai 2025, la justice russe a retiré les talibans de sa liste des organisations terroristes.';

test('a claim confirmed for its new text quotes it, with the version it was checked on', async () => {
  const db = freshDb();
  const told: (readonly string[] | null)[] = [];
  const writer = factmarkWriter(
    db,
    async (urls) => void told.push(urls),
    () => new Date('2025-07-06T09:00:00.000Z'),
  );
  const saved = await writer.create(fakeDraft({ verdict: 'false' }));
  expect(saved.claim).toMatchObject({
    checkedFingerprint: 'f'.repeat(32),
    checkedAt: '2025-07-06T09:00:00.000Z',
  });
  await writer.setAnchorStatuses([{ claimId: saved.claim.id, status: 'changed', now: NOW }]);
  expect((await exportBundle(db, { kind: 'all' })).changedClaims).toEqual([
    { claimId: saved.claim.id, now: NOW },
  ]);
  told.length = 0;

  const quote = { type: 'TextQuoteSelector' as const, exact: NOW, prefix: 'mois. ', suffix: ' Moscou' };
  const position = { type: 'TextPositionSelector' as const, start: 10, end: 10 + NOW.length };
  await writer.rebaseClaim(saved.claim.id, { text: NOW, quote, position }, 'e'.repeat(32));

  expect(await db.claims.get(saved.claim.id)).toMatchObject({
    text: NOW,
    quote,
    position,
    anchorStatus: 'exact',
    checkedFingerprint: 'e'.repeat(32),
  });
  // Searches find the new words; the verdict stays.
  const factCheck = await db.factChecks.get(saved.factCheck.id);
  expect(factCheck?.words).toContain('mai');
  expect(factCheck?.verdict).toBe('false');
  expect(told).toEqual([[saved.article.url]]);
  // No longer changed: the exports stop marking it.
  expect(await db.claims.get(saved.claim.id)).not.toHaveProperty('readsNow');
  expect((await exportBundle(db, { kind: 'all' })).changedClaims).toEqual([]);
  await expect(writer.rebaseClaim('missing', { text: NOW, quote, position }, 'e')).rejects.toThrow(
    'No claim',
  );
});

test('the text a changed claim reads now is kept for the exports, and cleared when it reads as checked', async () => {
  const db = freshDb();
  const writer = factmarkWriter(db, async () => {});
  const { claim } = await writer.create(fakeDraft());
  await writer.setAnchorStatuses([{ claimId: claim.id, status: 'changed', now: NOW }]);
  const [header, row] = csvRows(await exportBundle(db, { kind: 'all' }));
  const column = (name: string) => row?.[header?.indexOf(name) ?? -1];
  expect([column('claim'), column('claim_status'), column('claim_now')]).toEqual([
    claim.text,
    'changed',
    NOW,
  ]);
  await writer.setAnchorStatuses([{ claimId: claim.id, status: 'exact' }]);
  expect(await db.claims.get(claim.id)).not.toHaveProperty('readsNow');
  expect((await exportBundle(db, { kind: 'all' })).changedClaims).toEqual([]);
});
