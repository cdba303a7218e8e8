/**
 * Shared `Intl.DateTimeFormat`s: creating one loads locale data and costs a few hundred
 * microseconds to milliseconds, so a list must not make one per row (50 of them were a visible share of
 * the review page's first render, `npm run bench:review`). One formatter per locale and options, made on first use.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/** A day in the reader's words ("30 nov. 2026", "Nov 30, 2026"); the text as given when it is no date. */
export function formatDay(locale: string, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat(locale, { dateStyle: 'medium' }).format(date);
}
