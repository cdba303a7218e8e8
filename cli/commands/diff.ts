/**
 * `factmark diff OLD.html NEW.html [--url URL]`: extracts the article of both pages (as the
 * content script does) and prints one JSON line per change between them, in text order:
 * {"op":"insert|delete|replace","was","now","oldStart","oldEnd","newStart","newEnd"}. Offsets
 * count Unicode code points into each page's article text, as W3C selectors do. Whitespace, date
 * lines, counters and advertising labels are not changes (core/versions/noise.ts).
 *
 * Exit code: 0 when both pages were compared (no output: the articles read the same), 1 for
 * unreadable input or a page without an article, 2 for usage.
 */
import { pathToFileURL } from 'node:url';
import { offsetConverter } from '../../core/anchoring/code-points';
import { extractArticle } from '../../core/article/extract-article';
import { diffArticle } from '../../core/versions/diff-article';
import { parseHtml } from '../dom';
import type { CliIo } from '../io';

const USAGE = 'Usage: factmark diff OLD.html NEW.html [--url URL]';

function parseArgs(args: string[]): { files: [string, string]; url: string | undefined } | null {
  const urlIndex = args.indexOf('--url');
  const url = urlIndex >= 0 ? args[urlIndex + 1] : undefined;
  const rest = args.filter((_, index) => urlIndex < 0 || (index !== urlIndex && index !== urlIndex + 1));
  if (urlIndex >= 0 && !url) return null;
  const [oldFile, newFile, ...extra] = rest;
  if (oldFile === undefined || newFile === undefined || extra.length > 0) return null;
  if (rest.some((arg) => arg.startsWith('--'))) return null;
  return { files: [oldFile, newFile], url };
}

/** Runs `factmark diff` and returns the exit code. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed === null) {
    io.stderr(`${USAGE}\n`);
    return 2;
  }
  const texts: string[] = [];
  for (const file of parsed.files) {
    let html: string;
    try {
      html = await io.readFile(file);
    } catch (error) {
      io.stderr(`factmark diff: cannot read ${file}: ${(error as Error).message}\n`);
      return 1;
    }
    // Both pages under one address (the old one's, unless --url): the same article, two versions.
    const url = parsed.url ?? pathToFileURL(parsed.files[0]).href;
    const article = extractArticle(parseHtml(html, url), { url });
    if (article === null) {
      io.stderr(`factmark diff: no article found in ${file}\n`);
      return 1;
    }
    texts.push(article.text);
  }
  const [oldText = '', newText = ''] = texts;
  const oldOffsets = offsetConverter(oldText);
  const newOffsets = offsetConverter(newText);
  for (const change of diffArticle(oldText, newText)) {
    const line = {
      op: change.op,
      was: change.was,
      now: change.now,
      oldStart: oldOffsets.toCodePoints(change.oldStart),
      oldEnd: oldOffsets.toCodePoints(change.oldEnd),
      newStart: newOffsets.toCodePoints(change.newStart),
      newEnd: newOffsets.toCodePoints(change.newEnd),
    };
    io.stdout(`${JSON.stringify(line)}\n`);
  }
  return 0;
}
