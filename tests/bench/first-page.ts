/**
 * First page after the browser starts: how long from a page's navigation to its highlights on the
 * first page a fresh browser opens (the extension's service worker just started: the offscreen
 * document, the DOM parser, Readability, the segmenter and the word model all cold) against the
 * pages after it (all warm), in headless Chromium with the built Chrome extension.
 *
 * Each run starts a browser (`--start fresh`, the default: a new profile, the extension just
 * installed, the first page once its service worker started; `--start restart`: a profile used
 * once, the browser closed and started again, as a reader's is each morning, the first page
 * `--delay` after the launch whether the service worker started or not), opens the first page,
 * then the later pages one after another. Per page it reads, in the page's own clock (0 is the
 * navigation start): when `factmark:pipeline` ends (the highlights are painted), and the
 * `factmark:claims` round trip with the extension's own parse, extract and claims times.
 * Goal: the first page's highlights at most 0.4 s after navigation (median of the runs).
 *
 * The floor, measured in the same runs: a one-line extension whose content script only records when
 * it runs (`run_at` as Factmark's), on the same pages in fresh profiles. Chrome injects content
 * scripts on its own schedule (on these pages, about when the load event fires, and later still
 * in a fresh browser's first tab), so no extension paints before that floor; what Factmark adds is
 * `painted` minus the floor.
 *
 * `--delay MS` waits that long after the service worker started (after the launch with `--start
 * restart`) before the first page (0 by default: the harshest case, as for tabs a browser
 * restores). `--build DIR` loads another
 * Chrome build (an absolute path), e.g. an older commit's, to compare in the same conditions.
 *
 * Run: `npm run bench:first-page [-- --runs N --delay MS --start fresh|restart --build DIR]` (builds
 * first), or `npx tsx tests/bench/first-page.ts [--runs N] [--delay MS] [--start restart]`.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { chromiumArgs, launchChromium } from '../e2e/harness/chromium';
import { assertLaunchable } from '../e2e/harness/paths';
import { startFixtureServer } from '../e2e/harness/server';
import { median } from './lib/stats';

/** The demo article, then two other articles, then the demo again: later pages, all warm. */
const PAGES = ['articles/demo-fr.html', 'articles/wire-en.html', 'articles/demo-fr.html?again'];
const GOAL_MS = 400;
const PIPELINE_TIMEOUT_MS = 15_000;
/** With `--start restart`, how long the first session stays open after its pages: the writes it made settle. */
const RESTART_SETTLE_MS = 1_000;

interface PageTimes {
  /** Navigation start to the page's load event: the browser's own part, Factmark or not. */
  loaded: number;
  /** Navigation start to the end of `factmark:pipeline`. */
  highlighted: number;
  /** Navigation start to the start of `factmark:pipeline` (the content script at document_idle). */
  started: number;
  /** Navigation start to the page's request having left (after an idle wait, serialising and sending). */
  sent: number;
  /** The `factmark:claims` round trip to the extension. */
  roundTrip: number;
  /** Inside it, the extension's own parse + extract + claims. */
  inExtension: number;
}

/** Waits for the first pipeline in the page and reads its times (page clock: 0 = navigation). */
const READ_TIMES = `new Promise((resolve, reject) => {
  const read = () => {
    const pipeline = performance.getEntriesByName('factmark:pipeline')[0];
    if (!pipeline) return false;
    const claims = performance.getEntriesByName('factmark:claims')[0];
    const detail = claims?.detail ?? { parse: NaN, extract: NaN, claims: NaN };
    resolve({
      loaded: performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? NaN,
      highlighted: pipeline.startTime + pipeline.duration,
      started: pipeline.startTime,
      sent: claims ? claims.startTime : NaN,
      roundTrip: claims ? claims.duration : NaN,
      inExtension: detail.parse + detail.extract + detail.claims,
    });
    return true;
  };
  if (read()) return;
  const observer = new PerformanceObserver(() => { if (read()) observer.disconnect(); });
  observer.observe({ type: 'measure', buffered: true });
  setTimeout(() => { observer.disconnect(); reject(new Error('no factmark:pipeline')); }, ${PIPELINE_TIMEOUT_MS});
})`;

const FLOOR_MARK = 'floor:content-script';

/** When the floor extension's content script ran (page clock), read once the page has loaded. */
const READ_FLOOR = `new Promise((resolve, reject) => {
  const started = performance.now();
  const read = () => {
    const mark = performance.getEntriesByName('${FLOOR_MARK}')[0];
    if (mark) return resolve(mark.startTime);
    if (performance.now() - started > ${PIPELINE_TIMEOUT_MS}) return reject(new Error('no ${FLOOR_MARK}'));
    setTimeout(read, 20);
  };
  read();
})`;

/** A one-line extension in a temporary folder: a worker and a content script that marks its run. */
async function floorExtension(runAt: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'factmark-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'content script floor',
    version: '1.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: ['http://*/*'], run_at: runAt, js: ['mark.js'] }],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'worker.js'), '');
  await writeFile(join(dir, 'mark.js'), `performance.mark('${FLOOR_MARK}');`);
  return dir;
}

/** Factmark's content script `run_at`, from the build's manifest. */
async function factmarkRunAt(buildDir: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(buildDir, 'manifest.json'), 'utf8')) as {
    content_scripts: { run_at?: string }[];
  };
  return manifest.content_scripts[0]?.run_at ?? 'document_idle';
}

function numberOption(argv: readonly string[], name: string, fallback: number): number {
  const index = argv.indexOf(name);
  const value = index >= 0 ? Number(argv[index + 1]) : fallback;
  if (!(value >= 0)) throw new Error(`${name} needs a number`);
  return value;
}

/** How each run's browser starts: on a new profile, or restarted on one used before. */
type Start = 'fresh' | 'restart';

/** Opens each page in turn in `context` and reads it with `read` (a script evaluated in the page). */
async function readPages<T>(
  context: BrowserContext,
  url: (path: string) => string,
  read: string,
): Promise<T[]> {
  const times: T[] = [];
  for (const path of PAGES) {
    const page = await context.newPage();
    await page.goto(url(path), { waitUntil: 'load' });
    times.push((await page.evaluate(read)) as T);
    await page.close();
  }
  return times;
}

/**
 * One browser with the build in `buildDir` (this tree's by default), then each page read in turn.
 * `fresh`: a new profile, the extension just installed; the pages come `delayMs` after its service
 * worker started. `restart`: as a reader's browser starts again: the profile is first used once
 * (the pages read, the database made, code caches filled), the browser closed, then started again on
 * it, and the pages come `delayMs` after the launch, whether or not the service worker started.
 */
async function oneRun<T>(
  url: (path: string) => string,
  delayMs: number,
  buildDir: string | undefined,
  read: string,
  start: Start,
): Promise<T[]> {
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  if (start === 'fresh') {
    const browser = await launchChromium({ buildDir });
    try {
      await pause(delayMs);
      return await readPages<T>(browser.context, url, read);
    } finally {
      await browser.close();
    }
  }
  const profileDir = await mkdtemp(join(tmpdir(), 'factmark-first-page-'));
  try {
    const used = await launchChromium({ buildDir, profileDir });
    try {
      await readPages<T>(used.context, url, read);
      await pause(RESTART_SETTLE_MS);
    } finally {
      await used.close();
    }
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: assertLaunchable('chromium').executable,
      headless: true,
      args: chromiumArgs(buildDir ?? assertLaunchable('chromium').buildDir),
      viewport: { width: 1280, height: 900 },
    });
    try {
      await pause(delayMs);
      return await readPages<T>(context, url, read);
    } finally {
      await context.close();
    }
  } finally {
    await rm(profileDir, { recursive: true, force: true });
  }
}

const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const runs = numberOption(argv, '--runs', 5);
  const delayMs = numberOption(argv, '--delay', 0);
  const buildIndex = argv.indexOf('--build');
  const buildDir = buildIndex >= 0 ? argv[buildIndex + 1] : undefined;
  const startIndex = argv.indexOf('--start');
  const start = startIndex >= 0 ? argv[startIndex + 1] : 'fresh';
  if (start !== 'fresh' && start !== 'restart') throw new Error('--start needs fresh or restart');
  const server = await startFixtureServer();
  const floorDir = await floorExtension(
    await factmarkRunAt(buildDir ?? assertLaunchable('chromium').buildDir),
  );
  const first: PageTimes[] = [];
  const later: PageTimes[] = [];
  const floorFirst: number[] = [];
  const floorLater: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      // Factmark and the floor alternate, so both see the same machine.
      const [head, ...rest] = await oneRun<PageTimes>(
        (path) => server.url(path),
        delayMs,
        buildDir,
        READ_TIMES,
        start,
      );
      const [floorHead, ...floorRest] = await oneRun<number>(
        (path) => server.url(path),
        delayMs,
        floorDir,
        READ_FLOOR,
        start,
      );
      if (head) first.push(head);
      later.push(...rest);
      if (floorHead !== undefined) floorFirst.push(floorHead);
      floorLater.push(...floorRest);
      console.log(
        `run ${run + 1}: first page ${ms(head?.highlighted ?? Number.NaN)} (floor ${ms(floorHead ?? Number.NaN).trim()}); later pages ` +
          rest.map((times) => ms(times.highlighted).trim()).join(', '),
      );
    }
  } finally {
    await server.close();
    await rm(floorDir, { recursive: true, force: true });
  }
  const row = (label: string, list: readonly PageTimes[]) =>
    `${label.padEnd(12)}${ms(median(list.map((t) => t.loaded)))}${ms(median(list.map((t) => t.highlighted)))}` +
    `${ms(median(list.map((t) => t.started)))}${ms(median(list.map((t) => t.sent)))}` +
    `  ${ms(median(list.map((t) => t.roundTrip)))}` +
    `${ms(median(list.map((t) => t.inExtension)))}`;
  console.log(
    `\nMedians over ${runs} fresh browsers (${first.length} first pages, ${later.length} later pages), ` +
      (start === 'fresh'
        ? `the first page opened ${delayMs} ms after the extension's service worker started (new profiles)`
        : `the browser restarted on a profile used once, the first page opened ${delayMs} ms after the launch`),
  );
  console.log(
    `${''.padEnd(12)}${'loaded'.padStart(9)}${'painted'.padStart(9)}${'started'.padStart(9)}${'sent'.padStart(9)}` +
      `${'round trip'.padStart(11)}${'in ext.'.padStart(9)}`,
  );
  console.log(row('first page', first));
  console.log(row('later pages', later));
  const firstMedian = median(first.map((t) => t.highlighted));
  const laterMedian = median(later.map((t) => t.highlighted));
  const [firstFloor, laterFloor] = [median(floorFirst), median(floorLater)];
  console.log(
    `floor (a one-line content script, same run_at): first page ${ms(firstFloor).trim()}, later pages ${ms(laterFloor).trim()}; ` +
      `Factmark adds ${ms(firstMedian - firstFloor).trim()} on the first page, ${ms(laterMedian - laterFloor).trim()} on later ones`,
  );
  console.log(
    `first / later: ${(firstMedian / laterMedian).toFixed(2)}; first page ${firstMedian.toFixed(0)} ms ` +
      `(goal <= ${GOAL_MS}: ${firstMedian <= GOAL_MS ? 'met' : 'MISSED'})`,
  );
  console.log(
    'loaded = navigation start to the load event; painted = to the end of factmark:pipeline; started = to its start (document_idle); ' +
      "sent = to the page's request having left (an idle wait, serialising, sending); round trip = factmark:claims; in ext. = the extension's parse + extract + claims inside it.",
  );
}

await main();
