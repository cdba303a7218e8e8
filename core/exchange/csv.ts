/**
 * Export to CSV for spreadsheets: RFC 4180 (papaparse `unparse`), CRLF line ends, one row per
 * fact-check. Verdicts are ids (`mostly-false`), tags are joined by "; ", source URLs by a space
 * (URLs never contain spaces: the schemas refuse them); the sources' titles and stances follow
 * in two columns, one line per source in the same order as the URLs. A fact-check whose claim
 * changed on its page since it was checked says `changed` in `claim_status`, with the text as it
 * reads now in `claim_now` (`claim` is the text as checked, which the verdict was given to).
 * `claim_place` says where on the page the claim is: `title` (the article's headline) or `text`.
 *
 * Opening it by double-click: Excel reads a file as UTF-8 only with a byte order mark (without
 * it, accents break), and splits cells on the list separator of the system's locale: "," in
 * English locales, ";" in French ones (where "," is the decimal mark). So the file starts with a
 * BOM and its separator is chosen (`separator`; the review page uses ";" in French). A `sep=`
 * first line is not used: Excel then ignores the BOM, and LibreOffice shows the line as a row.
 * LibreOffice asks for the separator on opening and detects both.
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
  'claim_status',
  'claim_now',
  'claim_place',
  'verdict',
  'note',
  'tags',
  'sources',
  'source_titles',
  'source_stances',
  'created',
  'updated',
] as const;

/** Options of a CSV export. */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, which Excel needs to read accented text correctly. */
  bom?: boolean;
  /** The cell separator: "," (the default, English locales) or ";" (French locales). */
  separator?: CsvSeparator;
}

type CsvSeparator = ',' | ';';

const FORMULA_START = /^[=+\-@\t\r]/u;

/** A cell value a spreadsheet will not evaluate. */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The header and one row per fact-check, cells already neutralised. */
export function csvRows(bundle: FactmarkBundle): string[][] {
  const rows = joinFactChecks(bundle).map(({ factCheck, claim, article, readsNow }) =>
    [
      factCheck.id,
      article.url,
      article.title,
      article.site,
      claim.text,
      readsNow === undefined ? '' : 'changed',
      readsNow ?? '',
      claim.place ?? 'text',
      factCheck.verdict ?? '',
      factCheck.note,
      factCheck.tags.join('; '),
      factCheck.sources.map((source) => source.url).join(' '),
      factCheck.sources.map((source) => source.title).join('\n'),
      factCheck.sources.map((source) => source.stance).join('\n'),
      factCheck.createdAt,
      factCheck.updatedAt,
    ].map(neutraliseFormula),
  );
  return [[...CSV_COLUMNS], ...rows];
}

/** The CSV text of `bundle`. */
export function toCsv(bundle: FactmarkBundle, options: CsvOptions = {}): string {
  const text = Papa.unparse(csvRows(bundle), {
    newline: '\r\n',
    quotes: false,
    delimiter: options.separator ?? ',',
  });
  return `${options.bom === true ? '\uFEFF' : ''}${text}\r\n`;
}
