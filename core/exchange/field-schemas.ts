/**
 * Valibot schemas for the fields records are built from: ids, web addresses, timestamps and
 * bounded text. Text is only measured, never cleaned: HTML or script in it stays inert text that
 * every renderer escapes. Web addresses must be http or https, so a `javascript:`, `data:` or
 * `file:` link can never reach a rendered page.
 */
import * as v from 'valibot';
import { MAX_ID_CHARS, MAX_URL_CHARS } from './limits';

/** A text field of at most `max` characters (UTF-16 units), possibly empty. */
export function boundedText(max: number, what: string) {
  return v.pipe(
    v.string(`${what} must be text`),
    v.maxLength(max, (issue) => `${what} is ${issue.input.length} characters long; the limit is ${max}`),
  );
}

/** A non-empty text field of at most `max` characters. */
export function requiredText(max: number, what: string) {
  return v.pipe(boundedText(max, what), v.nonEmpty(`${what} is empty`));
}

/** A record id: non-empty, bounded, no whitespace-only ids. */
export const IdSchema = v.pipe(
  requiredText(MAX_ID_CHARS, 'id'),
  v.check((id) => id.trim() !== '', 'id is blank'),
  // An unpaired surrogate cannot be percent-encoded into an annotation IRI.
  v.check((id) => id.isWellFormed(), 'id contains an unpaired surrogate character'),
);

/** Why `url` is not an acceptable http(s) address, or null when it is. */
export function urlProblem(url: string): string | null {
  if (/[\s\p{Cc}]/u.test(url)) return `"${shorten(url)}" contains spaces or control characters`;
  if (!URL.canParse(url)) return `"${shorten(url)}" is not a valid web address`;
  const scheme = new URL(url).protocol;
  if (scheme !== 'http:' && scheme !== 'https:') {
    return `"${shorten(url)}" uses the ${scheme} scheme; only http and https addresses are allowed`;
  }
  return null;
}

/** An absolute http or https URL of at most MAX_URL_CHARS, with a readable reason otherwise. */
export function httpUrl(what: string) {
  return v.pipe(
    requiredText(MAX_URL_CHARS, what),
    v.check(
      (url) => urlProblem(url) === null,
      (issue) => `${what} ${urlProblem(issue.input) ?? ''}`,
    ),
  );
}

/** An ISO 8601 timestamp with a time zone (`2024-05-01T09:30:00.000Z`) that names a real instant. */
export const TimestampSchema = v.pipe(
  v.string('date must be text'),
  v.isoTimestamp((issue) => `"${shorten(issue.input)}" is not an ISO 8601 date and time`),
  v.check((text) => !Number.isNaN(Date.parse(text)), 'date does not exist in the calendar'),
);

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
