/**
 * `factmark claimreview PAGE.html... [--url URL]`: one JSON line per ClaimReview a page
 * publishes (JSON-LD, `@graph` and arrays included, or microdata), read by the same code as the
 * extension's "save this published fact-check" offer: file, claimReviewed, author, url,
 * datePublished, ratingValue, bestRating, worstRating, alternateName and verdict (Factmark's
 * scale, core/claimreview/verdict-mapping.ts). Relative review URLs resolve against --url;
 * without it a file's own address is used, and a non-web address is printed as null.
 */
import { pathToFileURL } from 'node:url';
import { readClaimReviews } from '../../core/claimreview/read-claim-reviews';
import { parseHtml } from '../dom';
import type { CliIo } from '../io';

const USAGE =
  'Usage: factmark claimreview PAGE.html... [--url URL]  (--url sets the page URL of a single file)';

export async function run(args: string[], io: CliIo): Promise<number> {
  const urlIndex = args.indexOf('--url');
  const url = urlIndex >= 0 ? args[urlIndex + 1] : undefined;
  const files = args.filter((_, index) => urlIndex < 0 || (index !== urlIndex && index !== urlIndex + 1));
  if (files.length === 0 || (urlIndex >= 0 && (!url || files.length !== 1))) {
    io.stderr(`${USAGE}\n`);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    let html: string;
    try {
      html = await io.readFile(file);
    } catch (error) {
      io.stderr(`factmark claimreview: cannot read ${file}: ${(error as Error).message}\n`);
      failed += 1;
      continue;
    }
    const pageUrl = url ?? pathToFileURL(file).href;
    for (const review of readClaimReviews(parseHtml(html, pageUrl), pageUrl)) {
      io.stdout(`${JSON.stringify({ file, ...review })}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}
