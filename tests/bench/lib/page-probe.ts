/**
 * What the pipeline benchmark runs inside each page, as script text: the pages are served with a
 * CSP that forbids their own scripts, and script text evaluated through the DevTools protocol is
 * exempt from it (function arguments would also work, but tsx's name helpers break serialized
 * functions, so everything here is plain text).
 *
 * The probe is installed before any page script (an init script): it records `longtask`
 * entries and counts the script loads the CSP blocked (proof the page's own code did not run).
 */

/** One `longtask` or User Timing entry, in page milliseconds. */
interface Span {
  start: number;
  duration: number;
}

export interface PageProbe {
  /** The first `factmark:pipeline` measure, or null when none was recorded. */
  pipeline: Span | null;
  /** Summed durations of each phase's measures inside the pipeline span (0 when absent). */
  /** Making Factmark's own in-page UI (`factmark:ui`). */
  ui: number;
  extract: number;
  claims: number;
  highlight: number;
  /**
   * The extension's own times for the page (the `detail` of the first `factmark:claims` measure):
   * parsing the serialised page, extracting the article, scoring its claims, and whether it
   * found an article. Null when absent.
   */
  extension: { parse: number; extract: number; claims: number; article: boolean } | null;
  /** Whether the page was taken for an article. */
  article: boolean;
  /** Long tasks overlapping the pipeline span, with the Factmark measures inside each. */
  longTasks: Array<Span & { measures: string[] }>;
  /** Script loads or inline scripts the CSP refused. */
  blockedScripts: number;
}

/** Installed with `context.addInitScript`: runs first in every document. */
export const PROBE_INIT_SCRIPT = `(() => {
  const probe = { longTasks: [], blockedScripts: 0 };
  Object.defineProperty(window, '__factmarkBench', { value: probe });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  document.addEventListener('securitypolicyviolation', (event) => {
    if (event.effectiveDirective.startsWith('script')) probe.blockedScripts++;
  }, true);
})();`;

/** Resolves true once `factmark:pipeline` is recorded, false after `timeoutMs`. */
export function waitForPipelineScript(timeoutMs: number): string {
  return `new Promise((resolve) => {
    const found = () => performance.getEntriesByName('factmark:pipeline').length > 0;
    if (found()) return resolve(true);
    const observer = new PerformanceObserver(() => {
      if (!found()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(true);
    });
    observer.observe({ type: 'measure', buffered: true });
    const timer = setTimeout(() => { observer.disconnect(); resolve(found()); }, ${timeoutMs});
  })`;
}

/** Reads the measures and long tasks of the first pipeline run; returns a `PageProbe`. */
export const READ_PROBE_SCRIPT = `(() => {
  const probe = window.__factmarkBench ?? { longTasks: [], blockedScripts: 0 };
  const first = performance.getEntriesByName('factmark:pipeline')[0];
  const pipeline = first ? { start: first.startTime, duration: first.duration } : null;
  const end = pipeline ? pipeline.start + pipeline.duration : 0;
  const inside = (name) => performance.getEntriesByName(name)
    .filter((entry) => pipeline && entry.startTime >= pipeline.start && entry.startTime <= end);
  const sum = (name) => inside(name).reduce((total, entry) => total + entry.duration, 0);
  return {
    pipeline,
    ui: sum('factmark:ui'),
    extract: sum('factmark:extract'),
    claims: sum('factmark:claims'),
    highlight: sum('factmark:highlight'),
    extension: inside('factmark:claims')[0]?.detail ?? null,
    article: inside('factmark:claims')[0]?.detail?.article === true,
    longTasks: pipeline
      ? probe.longTasks
          .filter((task) => task.start < end && task.start + task.duration > pipeline.start)
          .map((task) => ({
            ...task,
            measures: ['factmark:ui', 'factmark:extract', 'factmark:claims', 'factmark:highlight']
              .flatMap((name) => inside(name))
              .filter((entry) => entry.startTime < task.start + task.duration && entry.startTime + entry.duration > task.start)
              .map((entry) => entry.name.replace('factmark:', '') + ' ' + entry.duration.toFixed(1)),
          }))
      : [],
    blockedScripts: probe.blockedScripts,
  };
})()`;

/** Defines `window.__factmarkReadability` from the text of `@mozilla/readability/Readability.js`. */
export function defineReadabilityScript(readabilitySource: string): string {
  // Inside a function `module` is undefined, so the file only declares the constructor.
  return `(() => {
${readabilitySource}
;Object.defineProperty(window, '__factmarkReadability', { value: Readability, configurable: true });
return typeof Readability;
})()`;
}

/**
 * Times `new Readability(document.cloneNode(true)).parse()` `runs` times (the clone is part of
 * the cost: Readability mutates what it parses, so a live page must be cloned, as Factmark does).
 * Returns the durations in ms, and whether each parse found content.
 */
export function timeReadabilityScript(runs: number): string {
  return `(() => {
    const Readability = window.__factmarkReadability;
    const times = [];
    let found = false;
    for (let i = 0; i < ${runs}; i++) {
      const started = performance.now();
      const parsed = new Readability(document.cloneNode(true)).parse();
      times.push(performance.now() - started);
      found = Boolean(parsed && parsed.content);
    }
    return { times, found };
  })()`;
}
