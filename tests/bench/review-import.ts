/**
 * Import throughput at scale: the built Chrome extension in headless Chromium, a Factmark JSON
 * file of `--batch` new fact-checks (default 9,500, on as many claims) imported through the review
 * page's import panel, as a reader does (file chosen, preview, "Import"), into an empty collection
 * and into one of `--count` (default 100,000). Timed from the click on "Import" to the panel's
 * "imported" message (the one write transaction, derived tables included, and what the page
 * does meanwhile), and reported as fact-checks per second, median of `--runs` (default 3); the
 * ratio of the two medians is the goal (near 1: an import costs the same whatever is stored).
 * Then, after each import into the large collection, a first render of the review page in a new
 * tab (rows since navigation start, as bench:review times it): the first open after an import.
 *
 * Into the empty collection, the database is deleted before each run; into the large one, the
 * batches are imported one after the other (100,000, then 109,500, …), each a new set of
 * fact-checks.
 *
 * Run: `npm run bench:review-import` (builds first), or
 * `npx tsx tests/bench/review-import.ts [--count N] [--batch N] [--runs N]`.
 */
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { toFactmarkJson } from '../../core/exchange/factmark-json';
import { claimRecord, factCheckRecord } from '../../storage/exchange-records';
import { launchChromium } from '../e2e/harness/chromium';
import { option } from './lib/options';
import { generate, type ReviewData, seed } from './lib/review-data';
import { firstRender } from './lib/review-render';
import { median } from './lib/stats';

/** The file of fact-checks `from`..`from + size` of `data`, with their claims and articles. */
function importFile(data: ReviewData, from: number, size: number): string {
  const factChecks = data.factChecks.slice(from, from + size);
  const claimIds = new Set(factChecks.map((row) => row.claimId));
  const articleIds = new Set(factChecks.map((row) => row.articleId));
  return toFactmarkJson(
    {
      articles: data.articles.filter((row) => articleIds.has(row.id)),
      claims: data.claims.filter((row) => claimIds.has(row.id)).map(claimRecord),
      factChecks: factChecks.map(factCheckRecord),
    },
    { exportedAt: '2026-01-01T00:00:00.000Z' },
  );
}

/** Opens the review page and waits until it has opened (and so created) its database. */
async function openReview(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-testid="review-list"]', { state: 'attached', timeout: 120_000 });
  return page;
}

/** Imports `file` through the page's import panel; answers ms from "Import" to "imported". */
async function timedImport(page: Page, file: string): Promise<number> {
  await page.setInputFiles('[data-testid="import-file"]', file);
  await page.waitForSelector('[data-testid="import-apply"]', { timeout: 300_000 });
  const started = performance.now();
  await page.click('[data-testid="import-apply"]');
  await page.waitForSelector('[data-testid="import-done"]', { timeout: 600_000 });
  return performance.now() - started;
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

const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

async function main(): Promise<void> {
  const count = option('--count', 100_000);
  const batch = option('--batch', 9_500);
  const runs = option('--runs', 3);
  const data = generate(count + batch * runs * 2);
  const folder = await mkdtemp(join(tmpdir(), 'factmark-import-'));
  const browser = await launchChromium();
  try {
    await browser.context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    const url = `${browser.extensionOrigin}/review.html`;
    const files: string[] = [];
    for (let run = 0; run < runs * 2; run++) {
      const file = join(folder, `batch-${run}.factmark.json`);
      await writeFile(file, importFile(data, count + run * batch, batch));
      files.push(file);
    }

    const intoEmpty: number[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await openReview(browser.context, url);
      intoEmpty.push(await timedImport(page, files[run] as string));
      await deleteDatabase(page);
      await page.close();
      console.log(
        `into empty, run ${run + 1}: ${(intoEmpty.at(-1) as number).toFixed(0)} ms, ${((batch / (intoEmpty.at(-1) as number)) * 1000).toFixed(0)} fact-checks/s (load ${load()})`,
      );
    }

    const seeder = await openReview(browser.context, url);
    const seeded = {
      articles: data.articles,
      claims: data.claims.slice(0, count),
      factChecks: data.factChecks.slice(0, count),
    };
    const seedStart = performance.now();
    await seed(seeder, seeded, { memory: true });
    await seeder.close();
    console.log(`seeded ${count} fact-checks in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

    const intoFull: number[] = [];
    const reopened: number[] = [];
    for (let run = 0; run < runs; run++) {
      const page = await openReview(browser.context, url);
      // Opened as a reader opens it: the first rows and the summary shown before the import.
      await page.waitForSelector('[data-testid="review-summary"]', { state: 'attached', timeout: 120_000 });
      intoFull.push(await timedImport(page, files[runs + run] as string));
      const { page: next, steps } = await firstRender(browser.context, url);
      reopened.push(steps.rows);
      await next.close();
      await page.close();
      console.log(
        `into ${count + run * batch}, run ${run + 1}: ${(intoFull.at(-1) as number).toFixed(0)} ms, ${((batch / (intoFull.at(-1) as number)) * 1000).toFixed(0)} fact-checks/s; next tab's first rows ${steps.rows.toFixed(0)} ms since navigation (load ${load()})`,
      );
    }

    const perSecond = (ms: number) => (batch / ms) * 1000;
    const [empty, full] = [median(intoEmpty), median(intoFull)];
    console.log(`\nmedians of ${runs} imports of ${batch} fact-checks (load ${load()}):`);
    console.log(`  into an empty collection   ${perSecond(empty).toFixed(0).padStart(7)} fact-checks/s`);
    console.log(`  into ${String(count).padEnd(22)}${perSecond(full).toFixed(0).padStart(7)} fact-checks/s`);
    console.log(
      `  ratio (large / empty)      ${(perSecond(full) / perSecond(empty)).toFixed(2).padStart(7)}`,
    );
    console.log(
      `  first rows of the next tab after an import: ${median(reopened).toFixed(0)} ms since navigation`,
    );
  } finally {
    await browser.close();
    await rm(folder, { recursive: true, force: true });
  }
}

await main();
