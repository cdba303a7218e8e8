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
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return `"${shorten(url)}" uses the ${parsed.protocol} scheme; only http and https addresses are allowed`;
  }
  // `https://bank.example@evil.example/` reads as the bank's address and is not; a password in a
  // saved link would also travel in every export.
  if (parsed.username !== '' || parsed.password !== '') {
    return `"${shorten(url)}" contains a user name or password; remove the part before "@"`;
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

/**
 * An ISO 8601 timestamp with a time zone that names a real instant, given back in UTC as
 * `Date.toISOString()` writes it (`2024-05-01T09:30:00.000Z`): the one form storage keeps, so
 * dates compare and sort as text.
 */
export const TimestampSchema = v.pipe(
  v.string('date must be text'),
  v.isoTimestamp((issue) => `"${shorten(issue.input)}" is not an ISO 8601 date and time`),
  v.check((text) => !Number.isNaN(Date.parse(text)), 'date does not exist in the calendar'),
  v.transform((text) => new Date(text).toISOString()),
);

/** True when `text` is a timestamp exactly as `Date.toISOString()` writes it. */
export function isCanonicalTimestamp(text: string): boolean {
  const time = Date.parse(text);
  return !Number.isNaN(time) && new Date(time).toISOString() === text;
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
