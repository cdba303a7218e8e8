/**
 * Picks the CT24 English sentences translated into French for `data/claims-fr/`: a seeded,
 * reproducible sample of the `fit` split (French tuning) and of the `validation` split (French
 * validation), so the French sets never cross the English splits' boundaries and never touch the
 * sealed split or dev.tsv. Prints `part<TAB>id<TAB>label<TAB>English text` per sentence; the
 * translations in `data/claims-fr/ct24-fr-*.tsv` follow this order.
 * Run with `npx tsx scripts/sample-ct24-fr.ts` (needs FACTMARK_SHARED or ../shared).
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mulberry32 } from '../tests/bench/lib/mulberry32';
import { carveSplits, ct24Dir, type Example, loadCt24 } from './train-claims';

/**
 * Sentences per part: enough for about 60 (tune) and 100 (validation) check-worthy ones, few
 * enough to translate by hand. A larger sample of the same seed extends a smaller one (the first
 * 250 validation sentences were translated first, the next 150 later).
 */
export const SAMPLE_SIZES = { tune: 250, validation: 400 } as const;

/** A seeded sample of `size` rows, kept in their original order. */
export function sample(rows: readonly Example[], size: number, seed: number): Example[] {
  const next = mulberry32(seed);
  const keyed = rows.map((row, i) => ({ row, i, key: next() }));
  return keyed
    .sort((a, b) => a.key - b.key)
    .slice(0, size)
    .sort((a, b) => a.i - b.i)
    .map(({ row }) => row);
}

function main(): void {
  const dir = ct24Dir();
  if (!dir) {
    console.log('sample-ct24-fr: CT24 data not found (set FACTMARK_SHARED)');
    return;
  }
  const { fit, validation } = carveSplits(loadCt24(join(dir, 'train.tsv')));
  for (const [part, rows, seed] of [
    ['tune', fit, 1],
    ['validation', validation, 2],
  ] as const) {
    for (const row of sample(rows, SAMPLE_SIZES[part], seed))
      console.log(`${part}\t${row.id}\t${row.label ? 'Yes' : 'No'}\t${row.text}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
