/**
 * An import writes nothing over a record that changed since its preview was made: the preview no
 * longer says what it replaces. Fact-checks were checked before; a claim confirmed for its page's
 * new text while the preview was open was overwritten by the file's older revision, and its
 * fact-checks' search words rebuilt from the old text (found by a review, 2026-12-02; fails on
 * the code before).
 */
import { expect, test } from 'vitest';
import { toFactmarkJson } from '../../../core/exchange/factmark-json';
import { parseImport } from '../../../core/exchange/parse-import';
import { exportBundle } from '../../../storage/export-bundle';
import { applyImport, ImportOutdatedError, previewImport } from '../../../storage/import-bundle';
import { factmarkWriter } from '../../../storage/writer';
import { fakeDraft } from '../factories';
import { useFreshDbs } from './fresh-db';

const freshDb = useFreshDbs('import-outdated');
const at = (iso: string) => () => new Date(iso);
const FILE_TEXT = 'Texte du fichier.';
const CONFIRMED_TEXT = 'Texte confirmé ici.';

test('a claim confirmed for its new text after the preview refuses the import, which writes nothing', async () => {
  const db = freshDb();
  const { claim } = await factmarkWriter(db, async () => {}, at('2025-07-01T00:00:00.000Z')).create(
    fakeDraft(),
  );
  // The file: the same claim revised on 2 July (another browser's backup).
  const bundle = await exportBundle(db, { kind: 'all' });
  const [stored] = bundle.claims;
  if (!stored) throw new Error('no claim exported');
  const fileClaim = {
    ...stored,
    text: FILE_TEXT,
    quote: { ...stored.quote, exact: FILE_TEXT },
    checkedAt: '2025-07-02T00:00:00.000Z',
  };
  const parsed = parseImport(
    toFactmarkJson({ ...bundle, claims: [fileClaim] }, { exportedAt: '2025-07-02T00:00:00.000Z' }),
  );
  if (!parsed.ok) throw new Error(parsed.error);
  const plan = await previewImport(db, parsed.bundle, parsed.invalid, { conflict: 'keep-newer' });
  expect(plan.replaced.claims).toHaveLength(1);

  // While the preview is open, the reader confirms the claim for the page's new text (3 July).
  await factmarkWriter(db, async () => {}, at('2025-07-03T00:00:00.000Z')).rebaseClaim(
    claim.id,
    { text: CONFIRMED_TEXT, quote: { ...claim.quote, exact: CONFIRMED_TEXT }, position: claim.position },
    'e'.repeat(32),
  );
  await expect(applyImport(db, plan)).rejects.toBeInstanceOf(ImportOutdatedError);
  expect((await db.claims.get(claim.id))?.text).toBe(CONFIRMED_TEXT);

  // A new preview, made now, says it would replace the confirmed text, and writes.
  const again = await previewImport(db, parsed.bundle, parsed.invalid, { conflict: 'keep-newer' });
  expect(again.replaced.claims).toEqual([]);
  await expect(applyImport(db, again)).resolves.toBeDefined();
  expect((await db.claims.get(claim.id))?.text).toBe(CONFIRMED_TEXT);
});
