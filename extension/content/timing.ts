/**
 * User Timing measures for the content script's pipeline, so its cost can be profiled: every
 * phase records a `factmark:<phase>` measure, `factmark:ui` the making of Factmark's own
 * in-page UI (its closed shadow roots) as a page starts, and `factmark:marks` each frame in which
 * the marks are drawn again after the page moved (mark-layer.ts).
 *
 * A page shares its performance timeline with the content script: any measure recorded here the
 * page's script reads too, and learns that Factmark runs, when it analyses, and when it repaints
 * after the reader saves. So measures are recorded only in a build made for profiling
 * (`WXT_PAGE_TIMING=on`, as `npm run bench` and `npm run bench:first-page` build); the release
 * build records none.
 */

const MEASURES = [
  'factmark:ui',
  'factmark:extract',
  'factmark:claims',
  'factmark:highlight',
  'factmark:pipeline',
  'factmark:marks',
] as const;
export type MeasureName = (typeof MEASURES)[number];

/** Whether this build records measures (a constant once built; read at each call for unit tests). */
const timingOn = () => import.meta.env.WXT_PAGE_TIMING === 'on';

/** Records the measure `name` from `start` (a `performance.now()` reading) to now. */
export function measureSince(name: MeasureName, start: number, detail?: object): void {
  if (timingOn()) performance.measure(name, { start, end: performance.now(), ...(detail ? { detail } : {}) });
}

/** Runs `work` and records its duration as the measure `name`. */
export function measured<T>(name: MeasureName, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    measureSince(name, start);
  }
}

/** Runs `work` and records the time until its promise settles as the measure `name`. */
export async function measuredAsync<T>(name: MeasureName, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    measureSince(name, start);
  }
}

/**
 * Gives the main thread back between phases, so no task of ours runs longer than its own phase:
 * waits for an idle period (or at most `timeout` ms, so work still happens on busy pages).
 */
export function yieldToMain(timeout = 200): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 0);
  });
}
