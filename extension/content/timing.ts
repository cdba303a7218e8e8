/**
 * User Timing marks for the pipeline, so anyone can profile Factmark in DevTools: every phase
 * records a `factmark:<phase>` measure, and `factmark:ui` the making of Factmark's own in-page
 * UI (its closed shadow roots) as a page starts.
 */

const MEASURES = [
  'factmark:ui',
  'factmark:extract',
  'factmark:claims',
  'factmark:highlight',
  'factmark:pipeline',
] as const;
export type MeasureName = (typeof MEASURES)[number];

/** Runs `work` and records its duration as the measure `name`. */
export function measured<T>(name: MeasureName, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}

/** Runs `work` and records the time until its promise settles as the measure `name`. */
export async function measuredAsync<T>(name: MeasureName, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    performance.measure(name, { start, end: performance.now() });
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
