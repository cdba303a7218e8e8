/**
 * `factmark` command line: the same pure core as the extension, with jsdom's DOM, built by a
 * standards parser (parse5), standing in for the browser's (./dom.ts).
 */
import { terminalSafe } from './terminal-safe';
import { readFile } from 'node:fs/promises';
import type { CliIo } from './io';

type Command = (args: string[], io: CliIo) => Promise<number>;

interface CommandModule {
  run: Command;
}

/** Each command lives in cli/commands/<name>.ts and is loaded only when called (help stays fast). */
const COMMANDS: Record<string, () => Promise<CommandModule>> = {
  extract: () => import('./commands/extract'),
  score: () => import('./commands/score'),
  anchor: () => import('./commands/anchor'),
  convert: () => import('./commands/convert'),
  diff: () => import('./commands/diff'),
  claimreview: () => import('./commands/claimreview'),
  match: () => import('./commands/match'),
};

const SUMMARIES: Record<keyof typeof COMMANDS, string> = {
  extract: 'print the article and its claims for each HTML file (one JSON line per file)',
  score: 'score sentences read from stdin, one per line (--lang en|fr)',
  anchor: 'anchor W3C Web Annotations on a page (one JSON line per annotation)',
  convert: 'convert Factmark JSON or W3C annotations (--to factmark|w3c|claimreview|markdown|csv)',
  diff: 'compare the articles of two HTML pages (one JSON line per change)',
  claimreview: 'print the ClaimReviews published on each HTML page (one JSON line per review)',
  match: 'match sentences from stdin against the fact-checks of --checks FILE.factmark.json',
};

const USAGE = `Usage: factmark <command> [options]

Commands:
${Object.entries(SUMMARIES)
  .map(([name, summary]) => `  ${name.padEnd(11)} ${summary}`)
  .join('\n')}
`;

/** Runs one command line and returns the process exit code. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.stdout(USAGE);
    return name === undefined ? 2 : 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`factmark: unknown command "${name}"\n${USAGE}`);
    return 2;
  }
  return (await load()).run(args, io);
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(terminalSafe(text)),
  stderr: (text) => process.stderr.write(terminalSafe(text)),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  readFile: (path) => readFile(path, 'utf8'),
  // Loaded with the commands that read pages, as the commands are.
  readPage: async (path) => (await import('./decode-page')).decodePage(await readFile(path)),
};
