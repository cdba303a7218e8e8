/**
 * Calendar months (UTC) for the summary's timeline: the buckets between two `createdAt` strings,
 * each with the string bounds an index range needs and the day range a filter needs.
 */

export interface MonthBucket {
  /** `YYYY-MM`. */
  month: string;
  /** First instant of the month, inclusive, as an ISO string. */
  lower: string;
  /** First instant of the next month, exclusive. */
  upper: string;
  /** First and last day, for a `from`/`to` filter. */
  from: string;
  to: string;
}

const iso = (year: number, monthIndex: number) => new Date(Date.UTC(year, monthIndex, 1)).toISOString();

/** The bucket of one month; `monthIndex` may overflow (13 is January of the next year). */
export function monthBucket(year: number, monthIndex: number): MonthBucket {
  const lower = iso(year, monthIndex);
  const upper = iso(year, monthIndex + 1);
  const lastDay = new Date(Date.parse(upper) - 1).toISOString().slice(0, 10);
  return { month: lower.slice(0, 7), lower, upper, from: lower.slice(0, 10), to: lastDay };
}

/** The months from `first` to `last` (ISO instants), at most the last `max` of them. */
export function monthsBetween(first: string, last: string, max: number): MonthBucket[] {
  const start = new Date(first);
  const end = new Date(last);
  const count =
    (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth() + 1;
  const skip = Math.max(0, count - max);
  const buckets: MonthBucket[] = [];
  for (let i = skip; i < count; i++)
    buckets.push(monthBucket(start.getUTCFullYear(), start.getUTCMonth() + i));
  return buckets;
}
