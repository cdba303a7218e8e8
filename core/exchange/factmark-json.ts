/**
 * Factmark's own file format: lossless, versioned, metadata kept apart from the rows (as
 * dexie-export-import does). `{ format: 'factmark', version: 1, exportedAt, scope?, articles,
 * claims, factChecks, dismissals, articleVersions, publishedReviews }` (`dismissals`, the "not
 * worth checking" marks, `articleVersions`, the article texts fact-checks were saved on, and
 * `publishedReviews`, the published fact-checks the reader saved, may be absent: files written
 * before them still read). A version's text is plain text, not the gzip storage keeps: readable,
 * bounded before any work, and checked against its fingerprint on import. Reading validates
 * every row; bad rows are reported, not fatal.
 */
import * as v from 'valibot';
import type { FactmarkBundle, InvalidRecord } from './bundle';
import { checkBundleRows } from './bundle-check';
import { TimestampSchema, boundedText } from './field-schemas';
import { describeIssues } from './issues';
import { MAX_SCOPE_CHARS } from './limits';
import { parseUntrustedJson } from './safe-json';

/** The version this code writes and reads. */
const FACTMARK_FORMAT_VERSION = 1;

/** A Factmark export file. */
export interface FactmarkExport extends FactmarkBundle {
  format: 'factmark';
  version: typeof FACTMARK_FORMAT_VERSION;
  /** When the export was made (ISO 8601). */
  exportedAt: string;
  /** Free text naming the filter the export was made with, e.g. `site:example.org`. */
  scope?: string;
}

/** Options of an export: the clock is passed in, as everywhere in the core. */
export interface FactmarkExportOptions {
  exportedAt: string;
  scope?: string;
}

/** A parsed Factmark file: valid records plus the refused rows, or why the file was refused. */
export type FactmarkParseResult =
  | { ok: true; bundle: FactmarkBundle; invalid: InvalidRecord[]; exportedAt: string; scope?: string }
  | { ok: false; error: string };

/** The file's metadata fields. */
const HEADER_ENTRIES = {
  format: v.literal('factmark'),
  version: v.literal(FACTMARK_FORMAT_VERSION),
  exportedAt: TimestampSchema,
  scope: v.optional(boundedText(MAX_SCOPE_CHARS, 'scope')),
};

/** The file's lists of records, each row checked later on its own (bundle-check.ts). */
const RECORD_LIST_ENTRIES = {
  articles: v.array(v.unknown(), 'articles must be a list'),
  claims: v.array(v.unknown(), 'claims must be a list'),
  factChecks: v.array(v.unknown(), 'factChecks must be a list'),
  // Files written before "not worth checking" marks existed have none.
  dismissals: v.optional(v.array(v.unknown(), 'dismissals must be a list')),
  // Files written before article versions were exported have none.
  articleVersions: v.optional(v.array(v.unknown(), 'articleVersions must be a list')),
  // Files written before saved published fact-checks were exported have none.
  publishedReviews: v.optional(v.array(v.unknown(), 'publishedReviews must be a list')),
};

const HeaderSchema = v.strictObject({ ...HEADER_ENTRIES, ...RECORD_LIST_ENTRIES });

/** The metadata fields of a Factmark file, which a large file's reader keeps (read-factmark-stream.ts). */
export const FACTMARK_HEADER_FIELDS = Object.keys(HEADER_ENTRIES) as (keyof typeof HEADER_ENTRIES)[];

/**
 * The lists of records of a Factmark file, whose items a large file's reader takes out one by one
 * (read-factmark-stream.ts): named once, here, so that a list the format gains is never left out
 * of large files.
 */
export const FACTMARK_RECORD_LISTS = Object.keys(RECORD_LIST_ENTRIES) as (keyof typeof RECORD_LIST_ENTRIES)[];

/** The export object for `bundle`, metadata first. */
export function toFactmarkExport(bundle: FactmarkBundle, options: FactmarkExportOptions): FactmarkExport {
  return {
    format: 'factmark',
    version: FACTMARK_FORMAT_VERSION,
    exportedAt: options.exportedAt,
    ...(options.scope === undefined ? {} : { scope: options.scope }),
    articles: bundle.articles,
    claims: bundle.claims,
    factChecks: bundle.factChecks,
    dismissals: bundle.dismissals ?? [],
    articleVersions: bundle.articleVersions ?? [],
    publishedReviews: bundle.publishedReviews ?? [],
  };
}

/** The export as indented JSON text (UTF-8 when saved). */
export function toFactmarkJson(bundle: FactmarkBundle, options: FactmarkExportOptions): string {
  return `${JSON.stringify(toFactmarkExport(bundle, options), null, 2)}\n`;
}

/** Parses and validates a Factmark file's text. Never throws. */
export function parseFactmarkJson(text: string): FactmarkParseResult {
  const json = parseUntrustedJson(text);
  return json.ok ? readFactmarkExport(json.value) : json;
}

/** Validates an already parsed (and safety-checked) Factmark export. Never throws. */
export function readFactmarkExport(value: unknown): FactmarkParseResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'This is not a Factmark export: expected a JSON object.' };
  }
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== 'factmark')
    return { ok: false, error: 'This is not a Factmark export: "format" is not "factmark".' };
  if (typeof version === 'number' && version > FACTMARK_FORMAT_VERSION) {
    return {
      ok: false,
      error: `This file was made by a newer Factmark (format version ${version}); update Factmark to import it.`,
    };
  }
  const header = v.safeParse(HeaderSchema, value);
  if (!header.success)
    return { ok: false, error: `This Factmark export is damaged: ${describeIssues(header.issues)}.` };
  const { bundle, invalid } = checkBundleRows(header.output);
  const { exportedAt, scope } = header.output;
  return { ok: true, bundle, invalid, exportedAt, ...(scope === undefined ? {} : { scope }) };
}
