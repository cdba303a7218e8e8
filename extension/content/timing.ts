/**
 * User Timing marks for the pipeline, so anyone can profile Factmark in DevTools: every phase
 * records a `factmark:<phase>` measure (a phase cut into slices records one measure per slice,
 * so the measures cover the work and never the idle waits between slices).
 */

export const MEASURES = [
  'factmark:extract',
  'factmark:claims',
  'factmark:highlight',
  'factmark:pipeline',
] as const;
export type MeasureName = (typeof MEASURES)[number];

/**
 * Work per slice of a sliced phase. The goal is no task over 50 ms: a slice stops at the first
 * item finishing after this budget, so the budget leaves room for one slow item (a cold start
 * compiling patterns) and for whatever else the browser runs in the same task. Smaller slices
 * mean more idle waits, so a longer pipeline for the same work.
 */
export const SLICE_BUDGET_MS = 15;

/** Runs `work` and records its duration as the measure `name`. */
export function measured<T>(name: MeasureName, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}

/**
 * Runs `work` on every item in order, in slices of about `SLICE_BUDGET_MS` (at least one item
 * each), giving the main thread back before each slice; each slice is measured as `name`.
 */
export async function measuredSlices<T>(
  name: MeasureName,
  items: readonly T[],
  work: (item: T) => void,
): Promise<void> {
  let next = 0;
  while (next < items.length) {
    await yieldToMain();
    measured(name, () => {
      const deadline = performance.now() + SLICE_BUDGET_MS;
      do work(items[next++] as T);
      while (next < items.length && performance.now() < deadline);
    });
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
