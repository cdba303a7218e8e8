/**
 * Export to CSV for spreadsheets: RFC 4180 (papaparse `unparse`), CRLF line ends, one row per
 * fact-check. Verdicts are ids (`mostly-false`), tags are joined by "; ", source URLs by a space
 * (URLs never contain spaces: the schemas refuse them).
 *
 * Formula injection: a spreadsheet runs a cell starting with `=`, `+`, `-` or `@` (and some
 * also `\t` or `\r`) as a formula, so such a cell gets a leading apostrophe (`'=1+1`), which
 * spreadsheets show as text; the apostrophe is then part of the cell for other CSV readers.
 */
import Papa from 'papaparse';
import type { FactmarkBundle } from './bundle';
import { joinFactChecks } from './bundle';

/** Column names, in order. */
export const CSV_COLUMNS = [
  'id',
  'article_url',
  'article_title',
  'site',
  'claim',
  'verdict',
  'note',
  'tags',
  'sources',
  'created',
  'updated',
] as const;

/** Options of a CSV export. */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, which Excel needs to read accented text correctly. */
  bom?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/u;

/** A cell value a spreadsheet will not evaluate. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The header and one row per fact-check, cells already neutralised. */
export function csvRows(bundle: FactmarkBundle): string[][] {
  const rows = joinFactChecks(bundle).map(({ factCheck, claim, article }) =>
    [
      factCheck.id,
      article.url,
      article.title,
      article.site,
      claim.text,
      factCheck.verdict ?? '',
      factCheck.note,
      factCheck.tags.join('; '),
      factCheck.sources.map((source) => source.url).join(' '),
      factCheck.createdAt,
      factCheck.updatedAt,
    ].map(neutraliseFormula),
  );
  return [[...CSV_COLUMNS], ...rows];
}

/** The CSV text of `bundle`. */
export function toCsv(bundle: FactmarkBundle, options: CsvOptions = {}): string {
  const text = Papa.unparse(csvRows(bundle), { newline: '\r\n', quotes: false });
  return `${options.bom === true ? '\uFEFF' : ''}${text}\r\n`;
}
