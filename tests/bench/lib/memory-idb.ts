/**
 * The claim memory look-up as the extension really does it: the built Chrome extension in
 * headless Chromium, its `claimMemory` table filled with the rows the extension itself writes
 * (storage/claim-memory.ts `memoryRow`, stored with raw IndexedDB from an extension page: the
 * bundle exposes nothing for tests), then a page's sentences sent as `findAlreadyChecked` to the
 * background, which runs storage/claim-memory-lookup.ts on the real IndexedDB (one query of the
 * multi-entry `bands` index, then the guards and Jaccard). Timed in the extension page around
 * `runtime.sendMessage`, so messaging, validation and tab-scope checks are included.
 *
 * fake-indexeddb is not used: its cursor jumps make Dexie's `anyOf` take seconds for a few
 * hundred keys, which says nothing of a browser's IndexedDB.
 */
import { performance } from 'node:perf_hooks';
import type { ClaimMemoryRow } from '../../../core/model/claim-memory';
import { launchChromium } from '../../e2e/harness/chromium';
import { store } from './review-data';
import { median } from './stats';

export interface IdbLookup {
  medianMs: number;
  found: number;
  fillMs: number;
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
            resolve(open.result.objectStoreNames.contains('claimMemory'));
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
    const times: number[] = [];
    let found = 0;
    for (let run = 0; run < runs; run++) {
      const result = await page.evaluate(
        async (request) => {
          type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
          const api = (globalThis as unknown as { chrome: Runtime }).chrome;
          const start = performance.now();
          const reply = (await api.runtime.sendMessage(request)) as { ok: boolean; value?: unknown[] };
          const ms = performance.now() - start;
          if (!reply.ok) throw new Error(`findAlreadyChecked failed: ${JSON.stringify(reply)}`);
          return { ms, found: reply.value?.length ?? 0 };
        },
        { type: 'findAlreadyChecked', url: pageUrl, sentences: [...sentences] },
      );
      times.push(result.ms);
      found = result.found;
    }
    return { medianMs: median(times), found, fillMs };
  } finally {
    await browser.close();
  }
}
