/**
 * The loop shared by commands that read HTML pages (`extract`, `claimreview`): the arguments are
 * `PAGE.html... [--url URL]`, `--url` naming the address of a single page; each readable page
 * is handed to `visit` with the address it is read at (its own file: address without `--url`),
 * and each unreadable one is reported on stderr without stopping the others.
 * Exit code: 2 for a usage error, 1 when a page could not be read, else 0.
 */
import { pathToFileURL } from 'node:url';
import type { CliIo } from './io';

export interface PageFile {
  file: string;
  html: string;
  pageUrl: string;
}

export async function forEachPageFile(
  args: string[],
  io: CliIo,
  command: { name: string; usage: string },
  visit: (page: PageFile) => void,
): Promise<number> {
  const urlIndex = args.indexOf('--url');
  const url = urlIndex >= 0 ? args[urlIndex + 1] : undefined;
  const files = args.filter((_, index) => urlIndex < 0 || (index !== urlIndex && index !== urlIndex + 1));
  if (files.length === 0 || (urlIndex >= 0 && (!url || files.length !== 1))) {
    io.stderr(`${command.usage}\n`);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    let html: string;
    try {
      html = await io.readPage(file);
    } catch (error) {
      io.stderr(`factmark ${command.name}: cannot read ${file}: ${(error as Error).message}\n`);
      failed += 1;
      continue;
    }
    visit({ file, html, pageUrl: url ?? pathToFileURL(file).href });
  }
  return failed > 0 ? 1 : 0;
}
