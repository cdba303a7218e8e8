/**
 * What the content script costs a page before any of its measures: Chrome compiles the bundle and
 * runs its top level (module set-up, then `main` up to its first wait) in one task as the page
 * becomes idle, on the page's main thread, on every page. No User Timing measure can cover it
 * (they are recorded by that code), so it is read from Chrome's trace: the `EvaluateScript` events
 * of the content script's file (DevTools' "Evaluate script" in the Performance panel).
 */
import type { BrowserContext, Page } from 'playwright-core';

/** The content script's file in the built extension (WXT's output for entrypoints/content). */
const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

interface TraceEvent {
  name: string;
  dur?: number;
  args?: { data?: { url?: string } };
}

/**
 * A trace started on `page`: `stop()` ends it and answers the start in ms of the content script
 * whose file is `file` (Factmark's by default).
 */
export async function traceScriptStart(
  context: BrowserContext,
  page: Page,
  file = CONTENT_SCRIPT_FILE,
): Promise<{ stop: () => Promise<number> }> {
  const session = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  return {
    stop: async () => {
      await session.send('Tracing.end');
      await complete;
      await session.detach();
      const evaluations = events.filter(
        (event) => event.name === 'EvaluateScript' && event.args?.data?.url?.endsWith(file),
      );
      // Trace durations are in microseconds.
      return evaluations.length === 0
        ? Number.NaN
        : evaluations.reduce((total, event) => total + (event.dur ?? 0), 0) / 1000;
    },
  };
}
