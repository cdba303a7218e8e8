/**
 * Import throughput at scale: the built Chrome extension in headless Chromium, a Factmark JSON
 * file of `--batch` new fact-checks (default 9,500, on as many claims) imported through the review
 * page's import panel, as a reader does (file chosen, preview, "Import"), into an empty collection
 * and into one of `--count` (default 100,000). Timed from the click on "Import" to the panel's
 * "imported" message (the one write transaction, derived tables included, and what the page
 * does meanwhile), and reported as fact-checks per second, median of `--runs` (default 3); the
 * ratio of the two medians is the goal (near 1: an import costs the same whatever is stored).
 * Then, after each import into the large collection, a first render of the review page in a new
 * tab (rows since navigation start, as bench:review times it): the first open after an import,
 * once at once (the importing page still refreshing its view, its reads ahead of the new tab's in
 * the database) and once the importing page shows its new view.
 *
 * Into the empty collection, the database is deleted before each run; into the large one, the
 * batches are imported one after the other (100,000, then 109,500, …), each a new set of
 * fact-checks, starting from a copy of a profile seeded once (tests/bench/lib/seeded-profile.ts).
 * With `--base <dir of another Chrome build>`, that build is timed too, in browsers of its own,
 * runs alternated; `--profile` prints where the page's main thread spent each large import.
 * The floor, in browsers of its own and the same runs: each batch's stored rows (fact-checks,
 * claims, articles, none of the derived tables) put with IndexedDB itself in one transaction,
 * into an empty database and into a copy of the seeded one, batch after batch: how much of the
 * ratio is IndexedDB's own (timedRawWrite).
 *
 * Run: `npm run bench:review-import` (builds first), or
 * `npx tsx tests/bench/review-import.ts [--count N] [--batch N] [--runs N] [--base <dir>] [--profile]`.
 */
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { toFactmarkJson } from '../../core/exchange/factmark-json';
import { claimRecord, factCheckRecord } from '../../storage/exchange-records';
import { type ChromiumExtensionBrowser, launchChromium } from '../e2e/harness/chromium';
import { benchBuilds } from './lib/builds';
import { option } from './lib/options';
import { generate, type ReviewData } from './lib/review-data';
import { firstRender } from './lib/review-render';
import { seededBrowser } from './lib/seeded-profile';
import { median } from './lib/stats';

/**
 * The stored rows of fact-checks `from`..`from + size` of `data`, with their claims and articles,
 * all renamed (ids and article URLs) so that none is among the seeded collection's.
 */
function batchRows(data: ReviewData, from: number, size: number): ReviewData {
  const factChecks = data.factChecks.slice(from, from + size);
  const claimIds = new Set(factChecks.map((row) => row.claimId));
  const articleIds = new Set(factChecks.map((row) => row.articleId));
  const fresh = (id: string) => `import-${id}`;
  return {
    articles: data.articles
      .filter((row) => articleIds.has(row.id))
      .map((row) => ({ ...row, id: fresh(row.id), url: row.url.replace('/article/', '/imported/') })),
    claims: data.claims
      .filter((row) => claimIds.has(row.id))
      .map((row) => ({ ...row, id: fresh(row.id), articleId: fresh(row.articleId) })),
    factChecks: factChecks.map((row) => ({
      ...row,
      id: fresh(row.id),
      claimId: fresh(row.claimId),
      articleId: fresh(row.articleId),
    })),
  };
}

/** The Factmark JSON file of a batch (batchRows). */
function importFile(rows: ReviewData): string {
  return toFactmarkJson(
    {
      articles: rows.articles,
      claims: rows.claims.map(claimRecord),
      factChecks: rows.factChecks.map(factCheckRecord),
    },
    { exportedAt: '2026-01-01T00:00:00.000Z' },
  );
}

/**
 * The floor: a batch's stored rows (fact-checks, claims, articles; none of the derived tables)
 * put with IndexedDB itself into the extension's database, in one transaction, from `page`. Answers
 * ms from the transaction's start to its completion (the rows are parsed before).
 */
function timedRawWrite(page: Page, rows: ReviewData): Promise<number> {
  return page.evaluate(async (json) => {
    const batch = JSON.parse(json) as Record<'articles' | 'claims' | 'factChecks', unknown[]>;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('factmark');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['articles', 'claims', 'factChecks'], 'readwrite');
      for (const [name, list] of Object.entries(batch)) {
        for (const row of list) tx.objectStore(name).put(row);
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const ms = performance.now() - started;
    db.close();
    return ms;
  }, JSON.stringify(rows));
}

/** Opens the review page and waits until it has opened (and so created) its database. */
async function openReview(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-testid="review-list"]', { state: 'attached', timeout: 120_000 });
  return page;
}

/**
 * Where the page's main thread spent an import, from a CPU profile: the functions with the most
 * self time, and the share of the span the thread was idle (waiting on IndexedDB).
 */
interface Profiled {
  idleShare: number;
  top: string[];
}

/** Imports `file` through the page's import panel; answers ms from "Import" to "imported". */
async function timedImport(
  page: Page,
  file: string,
  profile = false,
): Promise<{ ms: number; profiled?: Profiled }> {
  await page.setInputFiles('[data-testid="import-file"]', file);
  await page.waitForSelector('[data-testid="import-apply"]', { timeout: 300_000 });
  const cdp = profile ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
  }
  const started = performance.now();
  await page.click('[data-testid="import-apply"]');
  await page.waitForSelector('[data-testid="import-done"]', { timeout: 600_000 });
  const ms = performance.now() - started;
  if (!cdp) return { ms };
  const { profile: cpu } = await cdp.send('Profiler.stop');
  await cdp.detach();
  const selfTime = new Map<string, number>();
  const nodes = new Map(cpu.nodes.map((node) => [node.id, node]));
  const deltas = cpu.timeDeltas ?? [];
  let total = 0;
  (cpu.samples ?? []).forEach((id, i) => {
    const node = nodes.get(id);
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = `${functionName || '(anonymous)'} ${url.split('/').at(-1) ?? ''}:${lineNumber}`;
    const dt = (deltas[i] ?? 0) / 1000;
    total += dt;
    selfTime.set(name, (selfTime.get(name) ?? 0) + dt);
  });
  const idle = selfTime.get('(idle) :-1') ?? 0;
  const top = [...selfTime]
    .filter(([name]) => !name.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([name, time]) => `${time.toFixed(0).padStart(7)} ms  ${name}`);
  return { ms, profiled: { idleShare: total > 0 ? idle / total : 0, top } };
}

/** Deletes the extension's database from `page` (Dexie closes its connection when asked). */
function deleteDatabase(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('factmark');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
}

/** The floor's browser among the builds' (timedRawWrite). */
const FLOOR = 'floor';

const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

interface BuildFigures {
  intoEmpty: number[];
  intoFull: number[];
  reopened: number[];
  /** The same, opened once the importing page shows its new view (rows, count and charts). */
  reopenedSettled: number[];
}

async function main(): Promise<void> {
  const count = option('--count', 100_000);
  const batch = option('--batch', 9_500);
  const runs = option('--runs', 3);
  const profile = process.argv.includes('--profile');
  const builds = benchBuilds();
  const names = Object.keys(builds);
  // The batches: a collection of their own, renamed in the files (importFile).
  const data = generate(batch * runs * 2);
  const folder = await mkdtemp(join(tmpdir(), 'factmark-import-'));
  const figures = new Map<string, BuildFigures>(
    names.map((name) => [name, { intoEmpty: [], intoFull: [], reopened: [], reopenedSettled: [] }]),
  );
  const floor = { intoEmpty: [] as number[], intoFull: [] as number[] };
  const alternated = (run: number) => (run % 2 ? [...names] : [...names].reverse());
  try {
    const files: string[] = [];
    const batches: ReviewData[] = [];
    for (let run = 0; run < runs * 2; run++) {
      const file = join(folder, `batch-${run}.factmark.json`);
      batches.push(batchRows(data, run * batch, batch));
      await writeFile(file, importFile(batches[run] as ReviewData));
      files.push(file);
    }
    // The floor's browsers: one build's (the floor does not depend on it), apart from the builds'.
    const floorBuild = builds[names[0] as string] as string;

    // Into an empty collection: each build in a browser of its own, the database deleted after each import.
    const empty = new Map<string, ChromiumExtensionBrowser>();
    try {
      for (const name of names) empty.set(name, await launchChromium({ buildDir: builds[name] }));
      empty.set(FLOOR, await launchChromium({ buildDir: floorBuild }));
      for (let run = 0; run < runs; run++) {
        for (const name of alternated(run)) {
          const browser = empty.get(name) as ChromiumExtensionBrowser;
          const page = await openReview(browser.context, `${browser.extensionOrigin}/review.html`);
          const { ms } = await timedImport(page, files[run] as string);
          await deleteDatabase(page);
          await page.close();
          figures.get(name)?.intoEmpty.push(ms);
          console.log(
            `into empty, run ${run + 1} ${name}: ${ms.toFixed(0)} ms, ${((batch / ms) * 1000).toFixed(0)} fact-checks/s (load ${load()})`,
          );
        }
        const browser = empty.get(FLOOR) as ChromiumExtensionBrowser;
        const page = await openReview(browser.context, `${browser.extensionOrigin}/review.html`);
        const ms = await timedRawWrite(page, batches[run] as ReviewData);
        await deleteDatabase(page);
        await page.close();
        floor.intoEmpty.push(ms);
        console.log(`into empty, run ${run + 1} floor: ${ms.toFixed(0)} ms (load ${load()})`);
      }
    } finally {
      for (const browser of empty.values()) await browser.close();
    }

    // Into `count`: each build on a copy of the seeded profile (claim memory included), the
    // batches imported one after the other.
    const full = new Map<string, Awaited<ReturnType<typeof seededBrowser>>>();
    try {
      for (const name of names) full.set(name, await seededBrowser(builds[name] as string, count));
      full.set(FLOOR, await seededBrowser(floorBuild, count));
      for (let run = 0; run < runs; run++) {
        for (const name of alternated(run)) {
          const { browser } = full.get(name) as { browser: ChromiumExtensionBrowser };
          const url = `${browser.extensionOrigin}/review.html`;
          const page = await openReview(browser.context, url);
          // Opened as a reader opens it: the first rows and the summary shown before the import.
          await page.waitForSelector('[data-testid="review-summary"]', {
            state: 'attached',
            timeout: 120_000,
          });
          const { ms, profiled } = await timedImport(page, files[runs + run] as string, profile);
          const { page: next, steps } = await firstRender(browser.context, url);
          await next.close();
          await page.waitForSelector('[data-testid="review-summary"][data-current="true"]', {
            state: 'attached',
            timeout: 120_000,
          });
          const { page: later, steps: settled } = await firstRender(browser.context, url);
          await later.close();
          await page.close();
          const figure = figures.get(name) as BuildFigures;
          figure.intoFull.push(ms);
          figure.reopened.push(steps.rows);
          figure.reopenedSettled.push(settled.rows);
          console.log(
            `into ${count + run * batch}, run ${run + 1} ${name}: ${ms.toFixed(0)} ms, ${((batch / ms) * 1000).toFixed(0)} fact-checks/s; next tab's first rows ${steps.rows.toFixed(0)} ms since navigation, ${settled.rows.toFixed(0)} ms once the importing page settled (load ${load()})`,
          );
          if (profiled) {
            console.log(
              `  main thread idle ${(profiled.idleShare * 100).toFixed(0)}% of the import; most self time:`,
            );
            for (const line of profiled.top) console.log(`  ${line}`);
          }
        }
        // The floor's batches go one after the other too (100,000, then 109,500, …).
        const { browser } = full.get(FLOOR) as { browser: ChromiumExtensionBrowser };
        const page = await openReview(browser.context, `${browser.extensionOrigin}/review.html`);
        const ms = await timedRawWrite(page, batches[runs + run] as ReviewData);
        await page.close();
        floor.intoFull.push(ms);
        console.log(
          `into ${count + run * batch}, run ${run + 1} floor: ${ms.toFixed(0)} ms (load ${load()})`,
        );
      }
    } finally {
      for (const browser of full.values()) await browser.close();
    }

    const perSecond = (ms: number) => (batch / ms) * 1000;
    console.log(`\nmedians of ${runs} imports of ${batch} fact-checks (load ${load()}):`);
    console.log(`  ${''.padEnd(36)}${names.map((name) => name.padStart(9)).join('')}`);
    const row = (label: string, pick: (figure: BuildFigures) => number) =>
      console.log(
        `  ${label.padEnd(36)}${names
          .map((name) =>
            pick(figures.get(name) as BuildFigures)
              .toFixed(0)
              .padStart(9),
          )
          .join('')}`,
      );
    row('into an empty collection, checks/s', (f) => perSecond(median(f.intoEmpty)));
    row(`into ${count}, checks/s`, (f) => perSecond(median(f.intoFull)));
    console.log(
      `  ${'ratio (large / empty)'.padEnd(36)}${names
        .map((name) => {
          const f = figures.get(name) as BuildFigures;
          return (median(f.intoEmpty) / median(f.intoFull)).toFixed(2).padStart(9);
        })
        .join('')}`,
    );
    console.log(
      `  the floor, IndexedDB alone (the same rows, no derived table): ${perSecond(median(floor.intoEmpty)).toFixed(0)} ` +
        `fact-checks/s into an empty collection, ${perSecond(median(floor.intoFull)).toFixed(0)} into ${count}, ` +
        `ratio ${(median(floor.intoEmpty) / median(floor.intoFull)).toFixed(2)}`,
    );
    row('next tab after an import, first rows ms', (f) => median(f.reopened));
    row('  slowest of them', (f) => Math.max(...f.reopened));
    row('  once the importing page settled', (f) => median(f.reopenedSettled));
    row('  slowest of them', (f) => Math.max(...f.reopenedSettled));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

await main();
