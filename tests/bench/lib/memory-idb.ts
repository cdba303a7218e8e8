/**
 * The claim memory look-up as the extension really does it: the built Chrome extension in
 * headless Chromium, its `claimMemory` table filled with the rows the extension itself writes
 * (storage/claim-memory.ts `memoryRow`, stored with raw IndexedDB from an extension page: the
 * bundle exposes nothing for tests), then a page's sentences sent as `findAlreadyChecked` to the
 * background, which answers from its in-memory index (storage/claim-memory-index.ts). Timed in
 * the extension page around `runtime.sendMessage`, so messaging, validation and tab-scope checks
 * are included. Measured:
 * - the first lookup ever: no saved index, so it is built from the whole table;
 * - warm lookups (the index in memory), each beside a `ping` round trip (the messaging floor,
 *   the reference measured in the same run);
 * - cold lookups: the service worker stopped (DevTools `ServiceWorker.stopAllWorkers`, as the
 *   browser stops an idle MV3 worker), then the first lookup, which starts a worker and loads
 *   the saved index; beside it, the first `ping` after a stop (the worker's start alone).
 *
 * fake-indexeddb is not used: it says nothing of a browser's IndexedDB.
 */
import { performance } from 'node:perf_hooks';
import type { BrowserContext, Page } from 'playwright-core';
import type { ClaimMemoryRow } from '../../../core/model/claim-memory';
import { launchChromium } from '../../e2e/harness/chromium';
import { store } from './review-data';
import { median } from './stats';

export interface IdbLookup {
  fillMs: number;
  firstMs: number;
  warmMs: number;
  /** The worker's own time for the warm lookup (validation to reply: serve.ts's measure). */
  warmWorkerMs: number;
  warmPingMs: number;
  coldMs: number;
  coldPingMs: number;
  found: number;
}

/** Restarts measured for each cold figure (each restart takes about a second). */
const COLD_RUNS = 5;

/** Sends `request` from the extension page; answers the round trip and the reply's length. */
async function timed(page: Page, request: unknown): Promise<{ ms: number; found: number }> {
  return page.evaluate(async (message) => {
    type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
    const api = (globalThis as unknown as { chrome: Runtime }).chrome;
    const start = performance.now();
    const reply = (await api.runtime.sendMessage(message)) as { ok: boolean; value?: unknown };
    const ms = performance.now() - start;
    if (!reply.ok) throw new Error(`request failed: ${JSON.stringify(reply)}`);
    return { ms, found: Array.isArray(reply.value) ? reply.value.length : 0 };
  }, request);
}

/** The background's own time for its last `type` request (extension/messaging/serve.ts). */
async function workerMs(context: BrowserContext, type: string): Promise<number> {
  const worker = context.serviceWorkers().at(-1);
  const ms = await worker?.evaluate(
    (name) => performance.getEntriesByName(name, 'measure').at(-1)?.duration ?? Number.NaN,
    `factmark:${type}`,
  );
  if (ms === undefined || Number.isNaN(ms)) throw new Error(`the worker measured no ${type}`);
  return ms;
}

/** True once the background has saved its index (claim-memory-index.ts). */
function snapshotSaved(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('factmark');
        open.onsuccess = () => {
          const get = open.result
            .transaction('claimMemorySnapshot')
            .objectStore('claimMemorySnapshot')
            .get('index');
          get.onsuccess = () => {
            resolve(get.result !== undefined);
            open.result.close();
          };
          get.onerror = () => resolve(false);
        };
        open.onerror = () => resolve(false);
      }),
  );
}

export async function idbLookup(
  rows: readonly ClaimMemoryRow[],
  sentences: readonly string[],
  pageUrl: string,
  runs: number,
): Promise<IdbLookup> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.goto(`${browser.extensionOrigin}/review.html`);
    // The review page opens (creates) the database; wait for its memory table.
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('factmark');
          open.onsuccess = () => {
            resolve(open.result.objectStoreNames.contains('claimMemorySnapshot'));
            open.result.close();
          };
          open.onerror = () => resolve(false);
        }),
      undefined,
      { timeout: 60_000 },
    );
    const fillStart = performance.now();
    await store(page, 'claimMemory', rows);
    const fillMs = performance.now() - fillStart;
    const lookup = { type: 'findAlreadyChecked', url: pageUrl, sentences: [...sentences] };
    const ping = { type: 'ping' };

    const first = await timed(page, lookup);
    const saveStart = performance.now();
    while (!(await snapshotSaved(page))) {
      if (performance.now() - saveStart > 300_000) throw new Error('the index was never saved');
      await page.waitForTimeout(200);
    }

    const warm: number[] = [];
    const warmWorker: number[] = [];
    const warmPing: number[] = [];
    let found = first.found;
    for (let run = 0; run < runs; run++) {
      warmPing.push((await timed(page, ping)).ms);
      const result = await timed(page, lookup);
      warm.push(result.ms);
      warmWorker.push(await workerMs(browser.context, 'findAlreadyChecked'));
      found = result.found;
    }

    const devtools = await browser.context.newCDPSession(page);
    await devtools.send('ServiceWorker.enable');
    const restartThen = async (request: unknown) => {
      const before = browser.context.serviceWorkers().at(-1);
      await before?.evaluate('globalThis.factmarkBenchMarker = true');
      await devtools.send('ServiceWorker.stopAllWorkers');
      const result = await timed(page, request);
      const after = browser.context.serviceWorkers().at(-1);
      if (await after?.evaluate('globalThis.factmarkBenchMarker === true')) {
        throw new Error('the service worker did not restart');
      }
      return result.ms;
    };
    const cold: number[] = [];
    const coldPing: number[] = [];
    for (let run = 0; run < COLD_RUNS; run++) {
      cold.push(await restartThen(lookup));
      coldPing.push(await restartThen(ping));
    }
    return {
      fillMs,
      firstMs: first.ms,
      warmMs: median(warm),
      warmWorkerMs: median(warmWorker),
      warmPingMs: median(warmPing),
      coldMs: median(cold),
      coldPingMs: median(coldPing),
      found,
    };
  } finally {
    await browser.close();
  }
}
