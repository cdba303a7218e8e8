/**
 * The CLI tests' one stand-in for the terminal and the disk: a `CliIo` whose stdin is a given
 * text, whose files are in memory (or read by a given function), and which records what the
 * command writes.
 */
import type { CliIo } from '../../../cli/io';

export interface FakeIo extends CliIo {
  /** Everything written to stdout so far. */
  readonly out: string;
  /** Everything written to stderr so far. */
  readonly err: string;
  /** stdout's non-empty lines, each parsed as JSON (the commands' JSON-lines output). */
  jsonLines<T = unknown>(): T[];
}

export function fakeIo({
  files = {},
  stdin = '',
  readFile,
}: {
  /** Files by path; reading any other fails as Node's does. */
  files?: Record<string, string>;
  stdin?: string;
  /** Reads files instead of `files` (the real disk, for fixtures). */
  readFile?: (path: string) => Promise<string>;
} = {}): FakeIo {
  const out: string[] = [];
  const err: string[] = [];
  const fromFiles = async (path: string) => {
    const text = files[path];
    if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
    return text;
  };
  return {
    get out() {
      return out.join('');
    },
    get err() {
      return err.join('');
    },
    jsonLines: <T>() =>
      out
        .join('')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as T),
    stdout: (text) => {
      out.push(text);
    },
    stderr: (text) => {
      err.push(text);
    },
    readStdin: async () => stdin,
    readFile: readFile ?? fromFiles,
    readPage: readFile ?? fromFiles,
  };
}
