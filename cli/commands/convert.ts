/**
 * `factmark convert --to FORMAT FILE.json`: reads a Factmark export or W3C annotations (`-` reads
 * standard input) and writes it in another format to standard output. An unreadable file or one
 * with refused records exits 1 with the messages the import preview shows (`--skip-invalid`
 * converts the valid records anyway, listing the refused ones); bad arguments exit 2.
 * ClaimReview needs the publisher: --org-name, --org-url and --review-url (a pattern with {id});
 * --author names the fact-checker (claimreview, markdown).
 */
import { parseArgs } from 'node:util';
import { describeInvalid } from '../../core/exchange/bundle';
import {
  type ClaimReviewPublisher,
  checkPublisher,
  type PublisherField,
} from '../../core/exchange/claim-review-publisher';
import { EXPORT_FORMATS, type ExportFormat, renderExport } from '../../core/exchange/export-file';
import { parseImport } from '../../core/exchange/parse-import';
import type { LabelLocale } from '../../core/exchange/verdict-labels';
import type { CliIo } from '../io';
import { errorMessage } from '../../core/text/error-message';

const USAGE = `Usage: factmark convert --to ${EXPORT_FORMATS.join('|')} [--locale en|fr] [--skip-invalid]
         [--org-name NAME --org-url URL --review-url URL-WITH-{id}] [--author NAME] FILE.json

Reads a Factmark export or W3C Web Annotation JSON (FILE "-" reads standard input) and writes
it to standard output. --locale sets the language of verdict labels (claimreview, markdown).
claimreview needs the publisher: the organisation's name and address, and the address of each
fact-check's own page with {id} for its id (https://desk.example/checks/{id}). --author names
the fact-checker (claimreview, markdown).
`;

interface ConvertArgs {
  to: ExportFormat;
  locale: LabelLocale;
  skipInvalid: boolean;
  file: string;
  publisher: ClaimReviewPublisher | null;
  authorName: string;
}

const PUBLISHER_OPTIONS: Record<PublisherField, string> = {
  organisationName: '--org-name',
  organisationUrl: '--org-url',
  reviewUrlPattern: '--review-url',
  authorName: '--author',
};

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
    io.stderr(`factmark convert: cannot read ${parsed.file}: ${errorMessage(error)}\n`);
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
  const outcome = renderExport(result.bundle, parsed.to, {
    exportedAt: new Date().toISOString(),
    locale: parsed.locale,
    scope: parsed.file,
    publisher: parsed.publisher,
    authorName: parsed.authorName,
  });
  if (!outcome.ok) {
    io.stderr('factmark convert: claimreview needs --org-name, --org-url and --review-url (see --help)\n');
    return 2;
  }
  const { file } = outcome;
  for (const { factCheckId, reason } of file.skipped)
    io.stderr(`Skipped fact-check ${factCheckId}: ${reason}\n`);
  io.stdout(file.text);
  return 0;
}

/** The options, or what is wrong with them. */
function readArgs(args: string[]): ConvertArgs | string {
  let values: {
    to?: string;
    locale?: string;
    'skip-invalid'?: boolean;
    'org-name'?: string;
    'org-url'?: string;
    'review-url'?: string;
    author?: string;
  };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: {
        to: { type: 'string' },
        locale: { type: 'string' },
        'skip-invalid': { type: 'boolean' },
        'org-name': { type: 'string' },
        'org-url': { type: 'string' },
        'review-url': { type: 'string' },
        author: { type: 'string' },
      },
      allowPositionals: true,
    }));
  } catch (error) {
    // node:util parseArgs throws a TypeError whose message names the bad option.
    return errorMessage(error);
  }
  const { to, locale = 'en' } = values;
  if (to === undefined) return '--to is required';
  if (!isOneOf(to, EXPORT_FORMATS)) return `unknown format "${to}"`;
  if (!isOneOf(locale, ['en', 'fr'] as const)) return `unknown locale "${locale}"`;
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) return 'give exactly one input file';
  const authorName = values.author ?? '';
  const given = [values['org-name'], values['org-url'], values['review-url']].some((v) => v !== undefined);
  if (!given)
    return { to, locale, skipInvalid: values['skip-invalid'] === true, file, publisher: null, authorName };
  const checked = checkPublisher({
    organisationName: values['org-name'] ?? '',
    organisationUrl: values['org-url'] ?? '',
    reviewUrlPattern: values['review-url'] ?? '',
    authorName,
  });
  if (!checked.ok) {
    return Object.entries(checked.problems)
      .map(
        ([field, problem]) =>
          `${PUBLISHER_OPTIONS[field as PublisherField]}: ${problem.replaceAll('-', ' ')}`,
      )
      .join('; ');
  }
  return {
    to,
    locale,
    skipInvalid: values['skip-invalid'] === true,
    file,
    publisher: checked.value,
    authorName,
  };
}

function isOneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}
