/**
 * `factmark claimreview PAGE.html... [--url URL]`: one JSON line per ClaimReview a page
 * publishes (JSON-LD, `@graph` and arrays included, or microdata), read by the same code as the
 * extension's "save this published fact-check" offer: file, claimReviewed, author, url,
 * datePublished, ratingValue, bestRating, worstRating, alternateName and verdict (Factmark's
 * scale, core/claimreview/verdict-mapping.ts). Relative review URLs resolve against --url;
 * without it a file's own address is used, and a non-web address is printed as null.
 */
import { readClaimReviews } from '../../core/claimreview/read-claim-reviews';
import { parseHtml } from '../dom';
import type { CliIo } from '../io';
import { forEachPageFile } from '../page-files';

const USAGE =
  'Usage: factmark claimreview PAGE.html... [--url URL]  (--url sets the page URL of a single file)';

export function run(args: string[], io: CliIo): Promise<number> {
  return forEachPageFile(args, io, { name: 'claimreview', usage: USAGE }, ({ file, html, pageUrl }) => {
    for (const review of readClaimReviews(parseHtml(html, pageUrl), pageUrl)) {
      io.stdout(`${JSON.stringify({ file, ...review })}\n`);
    }
  });
}
