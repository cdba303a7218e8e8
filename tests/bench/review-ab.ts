/**
 * The review page's first render, this build against another, in one Chromium: both builds are
 * loaded side by side (two unpacked extensions, each with its own database filled with the same
 * collection) and their first renders alternate (A B B A …), so the machine's drift, which
 * moves a single run's medians by 20% here, falls on both alike. Prints each step's median for
 * both builds, their ratio, and the median of the paired differences (this build minus base).
 *
 * The base build is any earlier Chrome build kept aside, e.g.
 *   git stash; git checkout <rev>; npx wxt build; cp -r .output/chrome-mv3 /tmp/base; git checkout -; git stash pop
 * Run: `npm run bench:review-ab -- --base /tmp/base [--count N] [--runs N] [--build DIR]` (builds this
 * tree first; `--build` times another build instead of this tree's)
 * (defaults: 100,000 fact-checks, 21 runs of each).
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { chromiumArgs } from '../e2e/harness/chromium';
import { assertLaunchable } from '../e2e/harness/paths';
import { benchBuilds } from './lib/builds';
import { option } from './lib/options';
import { generate, type ReviewData, seed } from './lib/review-data';
import { firstRender, type RenderSteps } from './lib/review-render';
import { median } from './lib/stats';

/** Chromium's id for an unpacked extension: its folder's SHA-256, first 32 hex digits as a–p. */
function unpackedId(folder: string): string {
  const hex = createHash('sha256').update(folder).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

async function seeded(context: BrowserContext, origin: string, data: ReviewData): Promise<void> {
  const page = await context.newPage();
  await page.goto(`${origin}/review.html`);
  // The empty state shows once the page has opened (and so created) the database.
  await page.waitForSelector('[data-testid="review-empty"]', { state: 'attached' });
  await seed(page, data);
  await page.close();
}

const STEPS: [string, (steps: RenderSteps) => number][] = [
  ['HTML parsed', (steps) => steps.domInteractive],
  ['scripts run', (steps) => steps.scriptsDone],
  ['query start', (steps) => steps.queryStart],
  ['query end', (steps) => steps.queryStart + steps.query],
  ['rows (with tab)', (steps) => steps.rows],
  ['rows - HTML', (steps) => steps.rows - steps.domInteractive],
];

async function main(): Promise<void> {
  const count = option('--count', 100_000);
  const runs = option('--runs', 21);
  const current = assertLaunchable('chromium');
  const { this: thisBuild, base } = benchBuilds();
  if (!base) throw new Error('--base <folder of an earlier Chrome build> is required');
  const builds = { base, this: resolve(thisBuild as string) };
  const profile = await mkdtemp(join(tmpdir(), 'factmark-review-ab-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: current.executable,
    headless: true,
    args: chromiumArgs(`${builds.base},${builds.this}`),
    viewport: { width: 1280, height: 900 },
  });
  try {
    // tsx names functions with an `__name` helper that does not exist in the page.
    await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    const origins = {
      base: `chrome-extension://${unpackedId(builds.base)}`,
      this: `chrome-extension://${unpackedId(builds.this)}`,
    };
    const data = generate(count);
    for (const origin of Object.values(origins)) await seeded(context, origin, data);
    console.log(`seeded ${count} fact-checks in each build's database`);
    const renders: Record<'base' | 'this', RenderSteps[]> = { base: [], this: [] };
    for (let run = 0; run < runs; run++) {
      const order = run % 2 ? (['this', 'base'] as const) : (['base', 'this'] as const);
      for (const build of order) {
        const { page, steps } = await firstRender(context, `${origins[build]}/review.html`);
        await page.close();
        renders[build].push(steps);
      }
    }
    console.log(`\nfirst render, medians of ${runs} runs each, ms since navigation start:`);
    console.log(
      `  ${'step'.padEnd(18)}${'base'.padStart(8)}${'this'.padStart(8)}   this/base   paired (this - base)`,
    );
    for (const [name, pick] of STEPS) {
      const [base, mine] = [median(renders.base.map(pick)), median(renders.this.map(pick))];
      const paired = median(
        renders.this.map((steps, i) => pick(steps) - pick(renders.base[i] as RenderSteps)),
      );
      console.log(
        `  ${name.padEnd(18)}${base.toFixed(1).padStart(8)}${mine.toFixed(1).padStart(8)}   ${(mine / base).toFixed(3).padStart(9)}   ${paired.toFixed(1).padStart(8)}`,
      );
    }
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

await main();
