/**
 * Facet counts stay equal to a recount of the fact-checks through any sequence of the storage
 * writes (create, edit, delete, undo, retag, import), and nothing else writes fact-checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toFactmarkJson } from '../../../core/exchange/factmark-json';
import { parseImport } from '../../../core/exchange/parse-import';
import type { RemovedRecords } from '../../../core/model/stored-records';
import { VERDICTS } from '../../../core/model/verdict';
import { exportBundle } from '../../../storage/export-bundle';
import {
  createFactCheck,
  deleteFactChecks,
  restoreRecords,
  updateFactCheck,
} from '../../../storage/fact-checks';
import { facetsOf } from '../../../storage/facets';
import { applyImport, previewImport } from '../../../storage/import-bundle';
import { retagFactChecks } from '../../../storage/retag';
import { fakeDraft, fakeStoredFactCheck } from '../factories';
import { useFreshDbs } from './fresh-db';
import { expectDerivedInStep } from './expect-derived';

const freshDb = useFreshDbs('facets');

const verdictArb = fc.constantFrom(null, ...VERDICTS);
const tagsArb = fc.uniqueArray(fc.constantFrom('russie', 'economy', 'rhine', 'vaccins'), { maxLength: 3 });
const siteArb = fc.constantFrom('news.example', 'wire.example', 'blog.example');
const pick = fc.nat();

const opArb = fc.oneof(
  fc.record({
    kind: fc.constant('create' as const),
    verdict: verdictArb,
    tags: tagsArb,
    site: siteArb,
    month: fc.nat(30),
  }),
  fc.record({ kind: fc.constant('edit' as const), target: pick, verdict: verdictArb, tags: tagsArb }),
  fc.record({ kind: fc.constant('delete' as const), target: pick, count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('undo' as const) }),
  fc.record({
    kind: fc.constant('retag' as const),
    tag: fc.constantFrom('russie', 'new-tag'),
    add: fc.boolean(),
  }),
);

describe('facet counts', () => {
  test('equal a recount after any sequence of writes (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), async (ops) => {
        const db = freshDb();
        const ids: string[] = [];
        let removed: RemovedRecords | null = null;
        for (const [step, op] of ops.entries()) {
          const now = new Date(Date.UTC(2025, 0, 1 + step));
          const target = (n: number) => ids[n % Math.max(ids.length, 1)];
          if (op.kind === 'create') {
            const draft = fakeDraft({ verdict: op.verdict, tags: op.tags });
            draft.article = { ...draft.article, url: `https://${op.site}/story-${step}` };
            const { factCheck } = await createFactCheck(db, draft, new Date(Date.UTC(2024, op.month, 1)));
            ids.push(factCheck.id);
          } else if (op.kind === 'edit') {
            const id = target(op.target);
            if (id && (await db.factChecks.get(id))) {
              await updateFactCheck(db, id, { verdict: op.verdict, tags: op.tags }, now);
            }
          } else if (op.kind === 'delete') {
            removed = await deleteFactChecks(
              db,
              ids.slice(op.target % Math.max(ids.length, 1)).slice(0, op.count),
            );
          } else if (op.kind === 'undo') {
            if (removed) await restoreRecords(db, removed);
            removed = null;
          } else {
            await retagFactChecks(db, ids, op.add ? { add: op.tag } : { remove: op.tag }, now);
          }
          await expectDerivedInStep(db);
        }
      }),
      { numRuns: 25 },
    );
  });

  test('equal a recount after an import into a database that already holds some of it', async () => {
    const source = freshDb();
    for (const [i, verdict] of (['true', 'false', null] as const).entries()) {
      await createFactCheck(source, fakeDraft({ verdict, tags: [`t${i}`] }), new Date(Date.UTC(2025, i, 2)));
    }
    const bundle = await exportBundle(source, { kind: 'all' });
    const target = freshDb();
    const first = bundle.factChecks[0];
    if (!first) throw new Error('nothing exported');
    const partial = {
      ...bundle,
      factChecks: [{ ...first, verdict: 'mixed' as const, updatedAt: '2020-01-01T00:00:00.000Z' }],
    };
    for (const text of [
      toFactmarkJson(partial, { exportedAt: '2025-07-06T00:00:00.000Z' }),
      toFactmarkJson(bundle, { exportedAt: '2025-07-07T00:00:00.000Z' }),
    ]) {
      const parsed = parseImport(text);
      if (!parsed.ok) throw new Error(parsed.error);
      await applyImport(
        target,
        await previewImport(target, parsed.bundle, parsed.invalid, { conflict: 'keep-newer' }),
      );
      await expectDerivedInStep(target);
    }
    expect((await target.facets.toArray()).filter((row) => row.kind === 'verdict')).toEqual([
      { kind: 'verdict', value: 'false', count: 1 },
      { kind: 'verdict', value: 'none', count: 1 },
      { kind: 'verdict', value: 'true', count: 1 },
    ]);
  });

  test('a fact-check counts once per distinct tag, and its month is its UTC month', () => {
    const row = fakeStoredFactCheck({
      verdict: null,
      tags: ['x', 'x', 'y'],
      createdAt: '2025-01-31T23:30:00.000Z',
      site: 'news.example',
    });
    expect(facetsOf(row)).toEqual([
      ['verdict', 'none'],
      ['site', 'news.example'],
      ['month', '2025-01'],
      ['tag', 'x'],
      ['tag', 'y'],
    ]);
  });
});

/** Each table derived from the fact-checks, or holding them, and the one module that writes it. */
const WRITERS = [
  ['factChecks', 'storage/fact-check-rows.ts'],
  ['facets', 'storage/facets.ts'],
  ['facetPairs', 'storage/facet-pairs.ts'],
  ['dateOrder', 'storage/date-order.ts'],
  ['claimMemory', 'storage/claim-memory.ts'],
  ['publishedReviews', 'storage/published-reviews.ts'],
] as const;

test.each(WRITERS)('no module but its own (and schema upgrades) writes the %s table', (table, writer) => {
  const root = resolve(fileURLToPath(import.meta.url), '../../../..');
  const WRITE = new RegExp(
    `${table}\\s*\\.\\s*(?:add|put|bulkAdd|bulkPut|delete|bulkDelete|update|bulkUpdate|clear)\\s*\\(|` +
      `table(?:<\\w+>)?\\(\\s*'${table}'\\s*\\)\\s*\\.\\s*(?:add|put|bulk\\w+|delete|update|clear)\\s*\\(|` +
      // The counted tables' writes, through counted-keys.ts.
      `applyCountChanges\\(\\s*[\\w.]*\\b${table}\\b|recountInto\\(\\s*\\w+\\s*,\\s*'${table}'`,
  );
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (
        /\.tsx?$/.test(entry.name) &&
        path !== writer &&
        WRITE.test(readFileSync(join(root, path), 'utf8'))
      ) {
        offenders.push(relative(root, join(root, path)));
      }
    }
  };
  for (const dir of ['core', 'storage', 'extension', 'components', 'entrypoints', 'cli']) walk(dir);
  expect(offenders).toEqual([]);
  // The pattern does see the writer's own writes.
  expect(WRITE.test(readFileSync(join(root, writer), 'utf8'))).toBe(true);
});
