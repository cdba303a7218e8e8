/**
 * Scroll benchmark: what Factmark's marks cost the page's main thread while the reader scrolls.
 * The marks are boxes in closed layers over the text (extension/content/mark-layer.ts), drawn
 * again at the frame after each move; each such frame records a `factmark:marks` measure in a
 * profiling build (`WXT_PAGE_TIMING=on`). Per page: open it, wait for the pipeline, then scroll
 * down in steps (`--steps`, 200 px each, two frames apart) and add up the measures: the marks'
 * main-thread time per scroll step.
 *
 * `--base DIR` runs a second build (e.g. main's, built with `WXT_PAGE_TIMING=on`) in its own
 * browser on the same pages, page by page in turn, and prints the ratio this / base of the
 * per-page medians: the machines are shared and noisy, so the ratio taken in one run is the
 * figure to read. Pages are served with the pipeline bench's CSP (no page script runs).
 *
 * Run: `WXT_PAGE_TIMING=on npx wxt build && npx tsx tests/bench/scroll.ts [--limit N]
 * [--steps S] [--base DIR]`, or `npm run bench:scroll` (builds first).
 */
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../e2e/harness/chromium';
import { startFixtureServer } from '../e2e/harness/server';
import { BENCH_PAGE_CSP } from './lib/bench-csp';
import { benchPages } from './lib/bench-pages';
import { waitForPipelineScript } from './lib/page-probe';
import { option } from './lib/options';
import { median } from './lib/stats';
import { errorMessage } from '../../core/text/error-message';

const CSP = BENCH_PAGE_CSP;
const PIPELINE_TIMEOUT_MS = 15_000;
const STEP_PX = 200;

interface Scrolled {
  /** The marks' main-thread time per scroll step (ms). */
  perStep: number;
  /** Frames in which marks were drawn, per step. */
  framesPerStep: number;
}

/** Scrolls the page down `steps` times, two frames apart; returns the marks' measures meanwhile. */
function scrollScript(steps: number): string {
  return `(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    await frame();
    await frame();
    performance.clearMeasures('factmark:marks');
    for (let step = 0; step < ${steps}; step++) {
      window.scrollBy(0, ${STEP_PX});
      await frame();
      await frame();
    }
    return performance.getEntriesByName('factmark:marks').map((entry) => entry.duration);
  })()`;
}

async function scrollPage(context: BrowserContext, url: string, steps: number): Promise<Scrolled | null> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    if (!((await page.evaluate(waitForPipelineScript(PIPELINE_TIMEOUT_MS))) as boolean)) return null;
    const durations = (await page.evaluate(scrollScript(steps))) as number[];
    const total = durations.reduce((sum, duration) => sum + duration, 0);
    return { perStep: total / steps, framesPerStep: durations.length / steps };
  } finally {
    await page.close();
  }
}

const ms = (value: number) => (Number.isNaN(value) ? '-' : value.toFixed(3)).padStart(9);

async function main(): Promise<void> {
  const limit = option('--limit', 20);
  const steps = option('--steps', 30);
  const baseAt = process.argv.indexOf('--base');
  const baseDir = baseAt >= 0 ? process.argv[baseAt + 1] : undefined;
  const pages = benchPages(limit);
  const server = await startFixtureServer(pages.root, { headers: { 'content-security-policy': CSP } });
  const builds = [{ name: 'this', browser: await launchChromium() }];
  if (baseDir) builds.push({ name: 'base', browser: await launchChromium({ buildDir: baseDir }) });
  const results = new Map<string, Scrolled[]>(builds.map(({ name }) => [name, []]));
  console.log(`Scroll benchmark: ${pages.source}; ${steps} steps of ${STEP_PX} px per page`);
  console.log(`${'page'.padEnd(24)}${builds.map(({ name }) => `${name} ms/step`.padStart(16)).join('')}`);
  try {
    for (const [index, file] of pages.files.entries()) {
      // Page by page in turn, and each build first on every other page: load drifts alike.
      const order = index % 2 === 0 ? builds : [...builds].reverse();
      const row = new Map<string, Scrolled | null>();
      for (const { name, browser } of order) {
        row.set(
          name,
          await scrollPage(browser.context, server.url(file), steps).catch((error: unknown) => {
            console.error(`${file} (${name}): ${errorMessage(error).split('\n')[0]}`);
            return null;
          }),
        );
      }
      const cells = builds.map(({ name }) => {
        const scrolled = row.get(name);
        if (scrolled) results.get(name)?.push(scrolled);
        return `${ms(scrolled?.perStep ?? Number.NaN)} (${(scrolled?.framesPerStep ?? 0).toFixed(1)} fr)`;
      });
      console.log(
        `${file
          .replace(/\.html$/, '')
          .slice(0, 23)
          .padEnd(24)}${cells.join('')}`,
      );
    }
  } finally {
    for (const { browser } of builds) await browser.close();
    await server.close();
    pages.dispose();
  }
  console.log('\nMedians over the pages (marks main-thread time per scroll step; frames drawn per step):');
  const medians = new Map<string, number>();
  for (const { name } of builds) {
    const list = results.get(name) ?? [];
    const perStep = median(list.map((scrolled) => scrolled.perStep));
    medians.set(name, perStep);
    const frames = median(list.map((scrolled) => scrolled.framesPerStep));
    console.log(
      `  ${name.padEnd(5)} ${perStep.toFixed(3)} ms/step, ${frames.toFixed(2)} frames/step, ${list.length} pages`,
    );
  }
  if (baseDir) {
    const ratio = (medians.get('this') ?? Number.NaN) / (medians.get('base') ?? Number.NaN);
    console.log(`  this / base: ${ratio.toFixed(2)}`);
  }
}

await main();
