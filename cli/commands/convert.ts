/**
 * `factmark convert --to FORMAT FILE.json`: reads a Factmark export or W3C annotations (`-` reads
 * standard input) and writes it in another format to standard output. An unreadable file or one
 * with refused records exits 1 with the messages the import preview shows (`--skip-invalid`
 * converts the valid records anyway, listing the refused ones); bad arguments exit 2.
 */
import { parseArgs } from 'node:util';
import { describeInvalid } from '../../core/exchange/bundle';
import { EXPORT_FORMATS, type ExportFormat, renderExport } from '../../core/exchange/export-file';
import { parseImport } from '../../core/exchange/parse-import';
import type { LabelLocale } from '../../core/exchange/verdict-labels';
import type { CliIo } from '../io';

const USAGE = `Usage: factmark convert --to ${EXPORT_FORMATS.join('|')} [--locale en|fr] [--skip-invalid] FILE.json

Reads a Factmark export or W3C Web Annotation JSON (FILE "-" reads standard input) and writes
it to standard output. --locale sets the language of verdict labels (claimreview, markdown).
`;

interface ConvertArgs {
  to: ExportFormat;
  locale: LabelLocale;
  skipInvalid: boolean;
  file: string;
}

/** Runs `factmark convert`; returns the exit code. */
export async function run(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const parsed = readArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`factmark convert: ${parsed}\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = parsed.file === '-' ? await io.readStdin() : await io.readFile(parsed.file);
  } catch (error) {
    io.stderr(
      `factmark convert: cannot read ${parsed.file}: ${error instanceof Error ? error.message : error}\n`,
    );
    return 1;
  }
  const result = parseImport(text);
  if (!result.ok) {
    io.stderr(`${result.error}\n`);
    return 1;
  }
  for (const record of result.invalid) io.stderr(`${describeInvalid(record)}\n`);
  if (result.invalid.length > 0 && !parsed.skipInvalid) {
    io.stderr(
      `${result.invalid.length} record(s) refused; nothing converted (use --skip-invalid to convert the rest).\n`,
    );
    return 1;
  }
  const file = renderExport(result.bundle, parsed.to, {
    exportedAt: new Date().toISOString(),
    locale: parsed.locale,
    scope: parsed.file,
  });
  for (const { factCheckId, reason } of file.skipped)
    io.stderr(`Skipped fact-check ${factCheckId}: ${reason}\n`);
  io.stdout(file.text);
  return 0;
}

/** The options, or what is wrong with them. */
function readArgs(args: string[]): ConvertArgs | string {
  let values: { to?: string; locale?: string; 'skip-invalid'?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: { to: { type: 'string' }, locale: { type: 'string' }, 'skip-invalid': { type: 'boolean' } },
      allowPositionals: true,
    }));
  } catch (error) {
    // node:util parseArgs throws a TypeError whose message names the bad option.
    return error instanceof Error ? error.message : String(error);
  }
  const { to, locale = 'en' } = values;
  if (to === undefined) return '--to is required';
  if (!isOneOf(to, EXPORT_FORMATS)) return `unknown format "${to}"`;
  if (!isOneOf(locale, ['en', 'fr'] as const)) return `unknown locale "${locale}"`;
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) return 'give exactly one input file';
  return { to, locale, skipInvalid: values['skip-invalid'] === true, file };
}

function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}
