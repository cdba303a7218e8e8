/**
 * The Content-Security-Policy the benchmarks serve pages with: no page script runs and nothing
 * is loaded from elsewhere, so only Factmark works on the page (content scripts are exempt from
 * the page's CSP).
 */
export const BENCH_PAGE_CSP = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
].join('; ');
