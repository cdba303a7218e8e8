/**
 * First page after the browser starts: how long from a page's navigation to its highlights on the
 * first page a fresh browser opens (the extension's service worker just started: the offscreen
 * document, the DOM parser, Readability, the segmenter and the word model all cold) against the
 * pages after it (all warm), in headless Chromium with the built Chrome extension.
 *
 * Each run launches a fresh profile, waits for the service worker, opens the first page at once,
 * then the later pages one after another. Per page it reads, in the page's own clock (0 is the
 * navigation start): when `factmark:pipeline` ends (the highlights are painted), and the
 * `factmark:claims` round trip with the extension's own parse, extract and claims times.
 * Goal: the first page's highlights at most 0.4 s after navigation (median of the runs).
 *
 * `--delay MS` waits that long after the service worker started before the first page (0 by
 * default: the harshest case; a reader rarely opens a page that soon). `--build DIR` loads another
 * Chrome build (an absolute path), e.g. an older commit's, to compare in the same conditions.
 *
 * Run: `npm run bench:first-page [-- --runs N --delay MS --build DIR]` (builds first), or
 * `npx tsx tests/bench/first-page.ts [--runs N] [--delay MS]`.
 */
import { launchChromium } from '../e2e/harness/chromium';
import { startFixtureServer } from '../e2e/harness/server';
import { median } from './lib/stats';

/** The demo article, then two other articles, then the demo again: later pages, all warm. */
const PAGES = ['articles/demo-fr.html', 'articles/wire-en.html', 'articles/demo-fr.html?again'];
const GOAL_MS = 400;
const PIPELINE_TIMEOUT_MS = 15_000;

interface PageTimes {
  /** Navigation start to the page's load event: the browser's own part, Factmark or not. */
  loaded: number;
  /** Navigation start to the end of `factmark:pipeline`. */
  highlighted: number;
  /** Navigation start to the start of `factmark:pipeline` (document_idle, then idle). */
  started: number;
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

function numberOption(argv: readonly string[], name: string, fallback: number): number {
  const index = argv.indexOf(name);
  const value = index >= 0 ? Number(argv[index + 1]) : fallback;
  if (!(value >= 0)) throw new Error(`${name} needs a number`);
  return value;
}

async function oneRun(
  url: (path: string) => string,
  delayMs: number,
  buildDir: string | undefined,
): Promise<PageTimes[]> {
  const browser = await launchChromium({ buildDir });
  try {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    const times: PageTimes[] = [];
    for (const path of PAGES) {
      const page = await browser.context.newPage();
      await page.goto(url(path), { waitUntil: 'load' });
      times.push((await page.evaluate(READ_TIMES)) as PageTimes);
      await page.close();
    }
    return times;
  } finally {
    await browser.close();
  }
}

const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const runs = numberOption(argv, '--runs', 5);
  const delayMs = numberOption(argv, '--delay', 0);
  const buildIndex = argv.indexOf('--build');
  const buildDir = buildIndex >= 0 ? argv[buildIndex + 1] : undefined;
  const server = await startFixtureServer();
  const first: PageTimes[] = [];
  const later: PageTimes[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const [head, ...rest] = await oneRun((path) => server.url(path), delayMs, buildDir);
      if (head) first.push(head);
      later.push(...rest);
      console.log(
        `run ${run + 1}: first page ${ms(head?.highlighted ?? Number.NaN)}; later pages ` +
          rest.map((times) => ms(times.highlighted).trim()).join(', '),
      );
    }
  } finally {
    await server.close();
  }
  const row = (label: string, list: readonly PageTimes[]) =>
    `${label.padEnd(12)}${ms(median(list.map((t) => t.loaded)))}${ms(median(list.map((t) => t.highlighted)))}` +
    `${ms(median(list.map((t) => t.started)))}  ${ms(median(list.map((t) => t.roundTrip)))}` +
    `${ms(median(list.map((t) => t.inExtension)))}`;
  console.log(
    `\nMedians over ${runs} fresh browsers (${first.length} first pages, ${later.length} later pages), ` +
      `the first page opened ${delayMs} ms after the extension's service worker started`,
  );
  console.log(
    `${''.padEnd(12)}${'loaded'.padStart(9)}${'painted'.padStart(9)}${'started'.padStart(9)}` +
      `${'round trip'.padStart(11)}${'in ext.'.padStart(9)}`,
  );
  console.log(row('first page', first));
  console.log(row('later pages', later));
  const firstMedian = median(first.map((t) => t.highlighted));
  const laterMedian = median(later.map((t) => t.highlighted));
  console.log(
    `first / later: ${(firstMedian / laterMedian).toFixed(2)}; first page ${firstMedian.toFixed(0)} ms ` +
      `(goal <= ${GOAL_MS}: ${firstMedian <= GOAL_MS ? 'met' : 'MISSED'})`,
  );
  console.log(
    'loaded = navigation start to the load event; painted = to the end of factmark:pipeline; started = to its start (document_idle, then an ' +
      "idle wait); round trip = factmark:claims; in ext. = the extension's parse + extract + claims inside it.",
  );
}

await main();
