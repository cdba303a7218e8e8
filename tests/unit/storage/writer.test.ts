import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { previewImport } from '../../../storage/import-bundle';
import { factmarkWriter } from '../../../storage/writer';
import { fakeDraft, fakePublishedReview } from '../factories';
import { useFreshDbs } from './fresh-db';

const freshDb = useFreshDbs('writer');
const at = () => new Date('2025-07-05T10:00:00.000Z');

function writerWithLog() {
  const db = freshDb();
  const told: (readonly string[] | null)[] = [];
  const writer = factmarkWriter(db, async (urls) => void told.push(urls), at);
  return { db, writer, told };
}

describe('factmarkWriter', () => {
  test('every write is announced with the URL of the article it touched', async () => {
    const { writer, told } = writerWithLog();
    const url = fakeDraft().article.url;
    const saved = await writer.create(fakeDraft());
    await writer.update(saved.factCheck.id, { note: 'revu' });
    await writer.retag([saved.factCheck.id], { add: 'à-revoir' });
    const removed = await writer.delete([saved.factCheck.id]);
    await writer.restore(removed);
    expect(told).toEqual([[url], [url], [url], [url], [url]]);
  });

  test('an import of saved published fact-checks is announced to every view', async () => {
    const { db, writer, told } = writerWithLog();
    const bundle = {
      articles: [],
      claims: [],
      factChecks: [],
      publishedReviews: [
        {
          ...fakePublishedReview(),
          id: 'review-1',
          pageUrl: 'https://factuel.afp.com/x',
          savedAt: at().toISOString(),
        },
      ],
    };
    await writer.applyImport(await previewImport(db, bundle, [], { conflict: 'keep-newer' }));
    expect(await db.publishedReviews.count()).toBe(1);
    expect(told).toEqual([null]);
  });

  test('a retag that changes nothing is not announced', async () => {
    const { writer, told } = writerWithLog();
    const saved = await writer.create(fakeDraft({ tags: ['russie'] }));
    told.length = 0;
    expect(await writer.retag([saved.factCheck.id], { add: 'russie' })).toBe(0);
    expect(told).toEqual([]);
  });

  test('an announcement that fails does not fail the write', async () => {
    const db = freshDb();
    const writer = factmarkWriter(db, async () => Promise.reject(new Error('no tab listens')), at);
    const saved = await writer.create(fakeDraft());
    expect(await db.factChecks.get(saved.factCheck.id)).toBeDefined();
  });
});

/** Every TypeScript file under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

test('views write only through the writer: no view imports a raw write', () => {
  const raw = new Set([
    'createFactCheck',
    'updateFactCheck',
    'deleteFactChecks',
    'restoreRecords',
    'setAnchorStatuses',
    'keepVersion',
    'dismissChangeNotice',
    'rebaseClaim',
    'retagFactChecks',
    'applyImport',
    'applySyncedRecords',
    'resolveConflict',
    'writeSyncMarks',
  ]);
  const offenders = ['components', 'entrypoints', 'extension'].flatMap(sourceFiles).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/g)].flatMap(
      ([, names = '', from = '']) =>
        /\/storage\//.test(from)
          ? names
              .split(',')
              .map((name) => name.trim().replace(/^type\s+/, ''))
              .filter((name) => raw.has(name))
              .map((name) => `${file}: ${name}`)
          : [],
    ),
  );
  expect(offenders).toEqual([]);
});
