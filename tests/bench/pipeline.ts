/**
 * Pipeline speed benchmark: the built Chrome extension in headless Chromium over the benchmark
 * pages, one browser for the run, one page at a time. Per page it reads Factmark's User Timing
 * measures (`factmark:ui`, `:extract`, `:claims`, `:highlight`, `:pipeline`) and the long tasks seen
 * during the pipeline, then times Readability alone in the same page
 * (`new Readability(document.cloneNode(true)).parse()`, median of 3).
 *
 * The page's content script serialises the page and binds the result to its text nodes; the
 * extension (Chrome's offscreen document, Firefox's background page) parses the copy, extracts the
 * article and scores its claims. So, both against Readability alone in the page:
 * - work/R: what Factmark costs the page's main thread: ui (making its own closed shadow roots)
 *   + extract (serialise, send: the message is copied on the page's thread, bind) + highlight.
 *   The `claims` column is the round trip to the extension, during which the page is free; the
 *   `in ext.` column is the extension's own share of it (parse + extract + claims);
 * - span/R: `factmark:pipeline`, first idle wait to last paint, which also spans the idle waits
 *   between phases (`yieldToMain`), that round trip, and the one reading saved annotations;
 * - start: compiling the content script and running its top level, before any measure can be
 *   recorded, read from Chrome's trace (lib/script-start.ts); printed with (start + work)/R-first.
 * And the floor, in a second browser, each page opened there right after Factmark's: a content
 * script that only serialises the page and sends it to its worker (lib/send-floor.ts), its start and
 * work against Readability's first parse of the same page, and Factmark's start + work over it.
 * Goals: median work/R at most 1.25, no long task over 50 ms.
 *
 * Pages are served with a CSP forbidding their own scripts and every external load, so only
 * Factmark runs (content scripts are exempt from the page's CSP; a page whose pipeline never
 * shows up is reported as "no pipeline").
 *
 * Run: `npm run bench` (builds first), or `npx tsx tests/bench/pipeline.ts [--limit N]`.
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { launchChromium } from '../e2e/harness/chromium';
import { startFixtureServer } from '../e2e/harness/server';
import { BENCH_PAGE_CSP } from './lib/bench-csp';
import { benchPages } from './lib/bench-pages';
import {
  defineReadabilityScript,
  PROBE_INIT_SCRIPT,
  type PageProbe,
  READ_PROBE_SCRIPT,
  timeReadabilityScript,
  waitForPipelineScript,
} from './lib/page-probe';
import { traceScriptStart } from './lib/script-start';
import { FLOOR_SCRIPT_FILE, readFloorWorkScript, sendFloorExtension } from './lib/send-floor';
import { max, median } from './lib/stats';
import { errorMessage } from '../../core/text/error-message';

const CSP = BENCH_PAGE_CSP;
const PIPELINE_TIMEOUT_MS = 15_000;
const READABILITY_RUNS = 3;
const LONG_TASK_GOAL_MS = 50;
const RATIO_GOAL = 1.25;

interface Row {
  page: string;
  status: 'article' | 'not article' | 'no pipeline' | 'error';
  span: number;
  ui: number;
  extract: number;
  claims: number;
  highlight: number;
  work: number;
  /** The content script's compilation and top-level run (Chrome's trace), before any measure. */
  start: number;
  /** The extension's own time for the page: parse + extract + claims (off the page's thread). */
  extension: number;
  extensionParts: { parse: number; extract: number; claims: number } | null;
  readability: number;
  /** The first of the Readability runs: its code not yet optimised, like Factmark's single run. */
  readabilityFirst: number;
  longest: number;
  /** The Factmark measures inside the longest task, e.g. `claims 41.2`. */
  longestHolds: string[];
  blockedScripts: number;
  /** The floor's start, its work (serialise and send) and Readability's first parse in its page. */
  floor: Floor;
}

interface Floor {
  start: number;
  work: number;
  readabilityFirst: number;
}

function parseLimit(argv: readonly string[]): number {
  const index = argv.indexOf('--limit');
  const value = index >= 0 ? Number(argv[index + 1]) : Number.POSITIVE_INFINITY;
  if (!(value > 0)) throw new Error('--limit needs a positive number');
  return value;
}

const ms = (value: number, width = 8) => (Number.isNaN(value) ? '-' : value.toFixed(1)).padStart(width);
const ratio = (value: number, width = 7) => (Number.isFinite(value) ? value.toFixed(2) : '-').padStart(width);

const HEADER = `${'page'.padEnd(22)}${'status'.padEnd(12)}${'span'.padStart(8)}${'ui'.padStart(6)}${'extract'.padStart(8)}${'claims'.padStart(8)}${'hilite'.padStart(8)}${'work'.padStart(8)}${'in ext.'.padStart(8)}${'readab.'.padStart(8)}${'R 1st'.padStart(8)}${'work/R'.padStart(7)}${'span/R'.padStart(7)}${'longest'.padStart(8)}${'start'.padStart(8)}${'floor'.padStart(8)}`;

function formatRow(row: Row): string {
  return `${row.page.slice(0, 21).padEnd(22)}${row.status.padEnd(12)}${ms(row.span)}${ms(row.ui, 6)}${ms(row.extract)}${ms(row.claims)}${ms(row.highlight)}${ms(row.work)}${ms(row.extension)}${ms(row.readability)}${ms(row.readabilityFirst)}${ratio(row.work / row.readability)}${ratio(row.span / row.readability)}${ms(row.longest)}${ms(row.start)}${ms(row.floor.start + row.floor.work)}`;
}

async function main(): Promise<void> {
  const started = Date.now();
  const pages = benchPages(parseLimit(process.argv.slice(2)));
  const require = createRequire(import.meta.url);
  const readabilitySource = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
  const server = await startFixtureServer(pages.root, { headers: { 'content-security-policy': CSP } });
  const browser = await launchChromium();
  await browser.context.addInitScript({ content: PROBE_INIT_SCRIPT });
  const floorDir = await sendFloorExtension();
  const floorBrowser = await launchChromium({ buildDir: floorDir });
  const rows: Row[] = [];
  console.log(`Pipeline benchmark: ${pages.source}`);
  console.log(`Pages served with CSP "${CSP}"; times in ms.\n`);
  console.log(HEADER);
  try {
    for (const file of pages.files) {
      const row = await benchPage(browser.context, server.url(file), file, readabilitySource);
      // The floor opens the same page right after, so both see the machine as it is then.
      row.floor = await floorPage(floorBrowser.context, server.url(file), file, readabilitySource);
      rows.push(row);
      console.log(formatRow(row));
    }
  } finally {
    await browser.close();
    await floorBrowser.close();
    await rm(floorDir, { recursive: true, force: true });
    await server.close();
    pages.dispose();
  }
  summarize(rows, (Date.now() - started) / 1000);
}

async function benchPage(
  context: Awaited<ReturnType<typeof launchChromium>>['context'],
  url: string,
  file: string,
  readabilitySource: string,
): Promise<Row> {
  const row: Row = {
    page: file.replace(/\.html$/, ''),
    status: 'error',
    span: Number.NaN,
    ui: Number.NaN,
    extract: Number.NaN,
    claims: Number.NaN,
    highlight: Number.NaN,
    work: Number.NaN,
    start: Number.NaN,
    extension: Number.NaN,
    extensionParts: null,
    readability: Number.NaN,
    readabilityFirst: Number.NaN,
    longest: Number.NaN,
    longestHolds: [],
    blockedScripts: 0,
    floor: { start: Number.NaN, work: Number.NaN, readabilityFirst: Number.NaN },
  };
  const page = await context.newPage();
  try {
    const trace = await traceScriptStart(context, page);
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const recorded = (await page.evaluate(waitForPipelineScript(PIPELINE_TIMEOUT_MS))) as boolean;
    // Long-task entries are delivered after the task ends: let them arrive.
    await page.waitForTimeout(150);
    const probe = (await page.evaluate(READ_PROBE_SCRIPT)) as PageProbe;
    row.start = await trace.stop();
    row.blockedScripts = probe.blockedScripts;
    if (recorded && probe.pipeline) {
      row.status = probe.article ? 'article' : 'not article';
      row.span = probe.pipeline.duration;
      row.ui = probe.ui;
      row.extract = probe.extract;
      row.claims = probe.claims;
      row.highlight = probe.highlight;
      row.work = probe.ui + probe.extract + probe.highlight;
      if (probe.extension) {
        const { parse, extract, claims } = probe.extension;
        row.extensionParts = { parse, extract, claims };
        row.extension = parse + extract + claims;
      }
      const longest = probe.longTasks.reduce<(typeof probe.longTasks)[number] | null>(
        (top, task) => (top && top.duration >= task.duration ? top : task),
        null,
      );
      // The Long Tasks API only reports tasks over 50 ms: 0 means none was.
      row.longest = longest?.duration ?? 0;
      row.longestHolds = longest?.measures ?? [];
    } else {
      row.status = 'no pipeline';
    }
    await page.evaluate(defineReadabilityScript(readabilitySource));
    const { times } = (await page.evaluate(timeReadabilityScript(READABILITY_RUNS))) as { times: number[] };
    row.readability = median(times);
    row.readabilityFirst = times[0] ?? Number.NaN;
  } catch (error) {
    console.error(`${file}: ${errorMessage(error).split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return row;
}

/** The floor extension on one page: its start and work, and Readability's first parse there. */
async function floorPage(
  context: Awaited<ReturnType<typeof launchChromium>>['context'],
  url: string,
  file: string,
  readabilitySource: string,
): Promise<Floor> {
  const floor: Floor = { start: Number.NaN, work: Number.NaN, readabilityFirst: Number.NaN };
  const page = await context.newPage();
  try {
    const trace = await traceScriptStart(context, page, FLOOR_SCRIPT_FILE);
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    floor.work = (await page.evaluate(readFloorWorkScript(PIPELINE_TIMEOUT_MS))) as number;
    floor.start = await trace.stop();
    await page.evaluate(defineReadabilityScript(readabilitySource));
    const { times } = (await page.evaluate(timeReadabilityScript(1))) as { times: number[] };
    floor.readabilityFirst = times[0] ?? Number.NaN;
  } catch (error) {
    console.error(`${file} (floor): ${errorMessage(error).split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return floor;
}

function summarize(rows: readonly Row[], seconds: number): void {
  const ran = rows.filter((row) => row.status === 'article' || row.status === 'not article');
  const articles = ran.filter((row) => row.status === 'article');
  const count = (status: Row['status']) => rows.filter((row) => row.status === status).length;
  const col = (list: readonly Row[], pick: (row: Row) => number) => median(list.map(pick));
  const workRatios = (list: readonly Row[]) => list.map((row) => row.work / row.readability);
  const spanRatios = (list: readonly Row[]) => list.map((row) => row.span / row.readability);
  const longest = max(ran.map((row) => row.longest));
  const medianWorkRatio = median(workRatios(ran));
  const overBudget = ran.filter((row) => row.longest > LONG_TASK_GOAL_MS);
  const readabilityOver = ran.filter((row) => row.readability > LONG_TASK_GOAL_MS);

  console.log(`\nSummary (${rows.length} pages, ${seconds.toFixed(0)} s)`);
  console.log(
    `pages: ${count('article')} article, ${count('not article')} not article (pipeline still recorded), ` +
      `${count('no pipeline')} no pipeline, ${count('error')} error; ` +
      `page scripts blocked by CSP on ${rows.filter((row) => row.blockedScripts > 0).length} pages`,
  );
  console.log(HEADER.replace('page'.padEnd(22), ''.padEnd(22)));
  for (const [label, list] of [
    ['median, all', ran],
    ['median, articles', articles],
  ] as const) {
    const summary: Row = {
      page: label,
      status: `n=${list.length}` as Row['status'],
      span: col(list, (row) => row.span),
      ui: col(list, (row) => row.ui),
      extract: col(list, (row) => row.extract),
      claims: col(list, (row) => row.claims),
      highlight: col(list, (row) => row.highlight),
      work: col(list, (row) => row.work),
      start: col(list, (row) => row.start),
      extension: col(list, (row) => row.extension),
      extensionParts: null,
      readability: col(list, (row) => row.readability),
      readabilityFirst: col(list, (row) => row.readabilityFirst),
      longest: col(list, (row) => row.longest),
      longestHolds: [],
      blockedScripts: 0,
      floor: { start: Number.NaN, work: Number.NaN, readabilityFirst: Number.NaN },
    };
    console.log(
      `${formatRow(summary).slice(0, 22 + 12 + 8 * 8)}${ratio(median(workRatios(list)))}${ratio(median(spanRatios(list)))}${ms(summary.longest)}`,
    );
  }
  console.log(
    `median of per-page ratios: work/R ${ratio(medianWorkRatio, 0)} (goal <= ${RATIO_GOAL}: ${medianWorkRatio <= RATIO_GOAL ? 'met' : 'MISSED'}), ` +
      `span/R ${ratio(median(spanRatios(ran)), 0)} (span includes idle waits and the background round trip)`,
  );
  const parts = articles.flatMap((row) => (row.extensionParts ? [row.extensionParts] : []));
  console.log(
    `in the extension, medians: parse ${ms(median(parts.map((p) => p.parse)), 0)} ms, ` +
      `extract ${ms(median(parts.map((p) => p.extract)), 0)} ms, claims ${ms(median(parts.map((p) => p.claims)), 0)} ms ` +
      `(off the page's thread; round trip ${ms(
        col(articles, (row) => row.claims),
        0,
      )} ms)`,
  );
  const firstRatio = median(ran.map((row) => row.work / row.readabilityFirst));
  console.log(
    `median work/R-first ${ratio(firstRatio, 0)} (Factmark runs once per page, unoptimised, so its fair match is ` +
      "Readability's first run; the median of 3 is mostly optimised runs)",
  );
  const startRatio = median(ran.map((row) => (row.start + row.work) / row.readabilityFirst));
  console.log(
    `content script start (compile + top-level run, Chrome's trace, before any measure): median ${ms(
      col(ran, (row) => row.start),
      0,
    )} ms; ` +
      `median (start + work)/R-first ${ratio(startRatio, 0)} (R-first leaves out compiling Readability)`,
  );
  const floored = ran.filter((row) => Number.isFinite(row.floor.start + row.floor.work));
  const floorTotal = (row: Row) => row.floor.start + row.floor.work;
  console.log(
    `floor (a content script that only serialises the page and sends it, the same ${floored.length} pages in a second browser, ` +
      `each right after Factmark's): start ${ms(median(floored.map((row) => row.floor.start)), 0)} ms, ` +
      `work ${ms(median(floored.map((row) => row.floor.work)), 0)} ms; ` +
      `median (start + work)/R-first ${ratio(median(floored.map((row) => floorTotal(row) / row.floor.readabilityFirst)), 0)} ` +
      `(R-first ${ms(median(floored.map((row) => row.floor.readabilityFirst)), 0)} ms in its pages); ` +
      `Factmark's (start + work) over the floor's: median ${ratio(median(floored.map((row) => (row.start + row.work) / floorTotal(row))), 0)}`,
  );
  console.log(
    `longest task during the pipeline: ${ms(longest, 0)} ms (goal <= ${LONG_TASK_GOAL_MS}: ${longest <= LONG_TASK_GOAL_MS ? 'met' : 'MISSED'}); ` +
      `pages over ${LONG_TASK_GOAL_MS} ms: ${overBudget.length}, ` +
      `of which Readability alone takes over ${LONG_TASK_GOAL_MS} ms: ${overBudget.filter((row) => readabilityOver.includes(row)).length}`,
  );
  for (const row of overBudget) {
    console.log(
      `  ${row.page.slice(0, 21)}: ${row.longest.toFixed(0)} ms task holding ${row.longestHolds.join(', ') || 'no Factmark measure'}` +
        `; Readability alone ${row.readability.toFixed(1)} ms (first run ${row.readabilityFirst.toFixed(1)} ms)`,
    );
  }
  console.log(
    'longest: 0 means no task over 50 ms (the Long Tasks API reports nothing shorter). ' +
      'work = ui + extract + highlight (page main-thread CPU: own UI, serialise, send, bind, paint); claims = round trip to the extension (page idle); ' +
      "in ext. = the extension's parse + extract + claims inside that round trip; span = factmark:pipeline; " +
      `R = Readability alone (document.cloneNode(true) included, default serializer), median of ${READABILITY_RUNS} in the same page, after the pipeline.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
