/**
 * Chromium browsers whose extension database already holds the review benchmarks' collection
 * (review-data.ts, claim memory included): the collection is seeded once into a profile kept on
 * disk, which each browser then runs on a copy of. Seeding 100,000 fact-checks (every index
 * entry written by IndexedDB) takes minutes; copying the profile, seconds.
 *
 * One kept profile serves every build with the same database schema: each build is run from a
 * copy whose manifest carries a fixed public `key` (BENCH_KEY), so every build gets the same
 * extension id, and so the same database folder in the profile. The kept profile is found by a
 * key: the database the build creates (version, stores, indexes, read from a fresh profile), the
 * collection's size, and this tree's generator and derived-row code (what the rows hold). Any
 * change to one of these seeds a new profile; `FACTMARK_BENCH_RESEED=1` forces it. Profiles are
 * kept in `$FACTMARK_BENCH_CACHE` (default `<tmpdir>/factmark-bench-profiles`); delete that
 * folder to reclaim the space.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { type ChromiumExtensionBrowser, launchChromium } from '../../e2e/harness/chromium';
import { REPO_ROOT } from '../../e2e/harness/paths';
import { memoryRow } from '../../../storage/claim-memory';
import { dateKey, dateOrderMonths } from '../../../storage/date-order';
import { factCheckSearchFields } from '../../../storage/search-fields';
import { generate, seed } from './review-data';

const CACHE = process.env.FACTMARK_BENCH_CACHE ?? join(tmpdir(), 'factmark-bench-profiles');

/**
 * A public key made for these benchmarks (its private half was never kept): Chromium derives an
 * unpacked extension's id from its manifest's `key` instead of its folder.
 */
const BENCH_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAncnSUPL9F89YSS0vywTigfKKLeEiPT+2MlGerqlCriU74tTDC0Q5YV4jtXQ+qMRVAn9uWTrlaW/JHAc4OEME6WgVjgL5G97FUBsrATospY1nPLAIUU3VIqwuJedAvzhZK7V/wZ5RPTdzFxS9P+NJGC5qKCIpaSyFJsmcQ19Kp+eIJrO5SkMUnyGpUdcfzmDYJMzvkW4r4HBzcS9iVdiG6++JNamBs2UyqhpsHblNuValE47r/+WINyGbt8WiWJASIdPAniflA/gV7WiQlqYw1AQtsCZodUsV0E1xud+ezz+IRL7Rwc49kaq9RK70CBXUtEZ+sThdxwUqP/HVW2jefQIDAQAB';

/**
 * This tree's code that decides what the seeded rows hold: the generator's file, and the source
 * of each function that derives rows from it (a change elsewhere in their files, such as a new
 * way to read the date order, leaves the seeded profile valid).
 */
const GENERATOR_FILES = [
  'tests/bench/lib/review-data.ts',
  'core/memory/claim-index.ts',
  // Whole files: which keys the counts are kept under (`FACETS`, `PAIRED`) and the rows they
  // make are constants beside the functions, not in their source.
  'storage/counted-keys.ts',
  'storage/facets.ts',
  'storage/facet-pairs.ts',
];
const DERIVING = [factCheckSearchFields, dateOrderMonths, dateKey, memoryRow];

/**
 * The review benchmark's floor pages (./floor-page), put into each keyed copy: FLOOR_PAGE shows
 * fixed rows, DATA_FLOOR_PAGE reads its rows from the database first.
 */
const FLOOR_DIR = join(REPO_ROOT, 'tests/bench/lib/floor-page');
export const FLOOR_PAGE = 'bench-floor.html';
export const DATA_FLOOR_PAGE = 'bench-data-floor.html';

/**
 * A copy of the Chrome build in `buildDir` with the benchmarks' key in its manifest, and the
 * floor pages beside the build's own pages (only in this copy: the build itself is untouched).
 */
async function keyedBuild(buildDir: string): Promise<string> {
  const build = resolve(buildDir);
  const copy = join(
    tmpdir(),
    'factmark-bench-builds',
    createHash('sha256').update(build).digest('hex').slice(0, 12),
  );
  await rm(copy, { recursive: true, force: true });
  await cp(build, copy, { recursive: true });
  const manifest = JSON.parse(await readFile(join(copy, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  await writeFile(join(copy, 'manifest.json'), JSON.stringify({ ...manifest, key: BENCH_KEY }));
  await cp(join(FLOOR_DIR, 'floor.html'), join(copy, FLOOR_PAGE));
  await cp(join(FLOOR_DIR, 'floor.js'), join(copy, 'bench-floor.js'));
  await cp(join(FLOOR_DIR, 'data-floor.html'), join(copy, DATA_FLOOR_PAGE));
  await cp(join(FLOOR_DIR, 'data-floor.js'), join(copy, 'bench-data-floor.js'));
  return copy;
}

/**
 * The database the build creates, as IndexedDB describes it: version, stores, key paths and
 * indexes. Read from a fresh profile in which the review page has just created it.
 */
function schemaOf(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise<unknown>((done, fail) => {
        const open = indexedDB.open('factmark');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames].sort();
          const tx = names.length > 0 ? db.transaction(names) : null;
          const stores = names.map((name) => {
            const store = (tx as IDBTransaction).objectStore(name);
            const indexes = [...store.indexNames].sort().map((index) => {
              const { keyPath, multiEntry, unique } = store.index(index);
              return { index, keyPath, multiEntry, unique };
            });
            return { name, keyPath: store.keyPath, indexes };
          });
          db.close();
          done({ version: db.version, stores });
        };
      }),
  );
}

/** What the seeded rows depend on: the schema, the collection asked for, this tree's code that makes it. */
async function profileKey(schema: unknown, count: number): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify({ schema, count }));
  for (const file of GENERATOR_FILES) hash.update(file).update(await readFile(join(REPO_ROOT, file)));
  for (const derive of DERIVING) hash.update(derive.toString());
  return hash.digest('hex').slice(0, 16);
}

/** The kept profile for `build` (a keyed copy) holding `count` fact-checks, seeded now if none is kept. */
async function keptProfile(build: string, count: number): Promise<string> {
  const fresh = await mkdtemp(join(tmpdir(), 'factmark-chromium-'));
  const browser = await launchChromium({ buildDir: build, profileDir: fresh });
  let kept: string;
  let seeded = false;
  try {
    const page = await browser.context.newPage();
    await page.goto(`${browser.extensionOrigin}/review.html`);
    // The empty state shows once the page has opened (and so created) the database.
    await page.waitForSelector('[data-testid="review-empty"]', { state: 'attached', timeout: 60_000 });
    kept = join(CACHE, await profileKey(await schemaOf(page), count));
    if (process.env.FACTMARK_BENCH_RESEED || !existsSync(kept)) {
      console.log(`seeding ${count} fact-checks for ${kept} (once: later runs copy it)`);
      const started = performance.now();
      await seed(page, generate(count), { memory: true });
      seeded = true;
      console.log(`seeded ${count} fact-checks in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    await browser.close();
  }
  if (seeded) {
    await rm(kept, { recursive: true, force: true });
    await mkdir(CACHE, { recursive: true });
    await rename(fresh, kept);
    console.log(`kept the seeded profile in ${kept}`);
  } else {
    await rm(fresh, { recursive: true, force: true });
  }
  return kept;
}

/**
 * Chromium with the Chrome build in `buildDir`, its database holding `generate(count)`, on a
 * copy of the kept profile. `close` closes it and deletes the copy.
 */
export async function seededBrowser(
  buildDir: string,
  count: number,
): Promise<{ browser: ChromiumExtensionBrowser; close(): Promise<void> }> {
  const build = await keyedBuild(buildDir);
  const kept = await keptProfile(build, count);
  const profileDir = await mkdtemp(join(tmpdir(), 'factmark-chromium-'));
  await cp(kept, profileDir, { recursive: true });
  const browser = await launchChromium({ buildDir: build, profileDir });
  return {
    browser,
    async close() {
      await browser.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}
