/**
 * `factmark extract FILE.html... [--url URL]`: one JSON line per file with the article's
 * metadata, text and check-worthy claims, computed by the same core as the content script.
 */
import { pathToFileURL } from 'node:url';
import { extractArticle } from '../../core/article/extract-article';
import { detectClaims } from '../../core/claims/detect-claims';
import { parseHtml } from '../dom';
import type { CliIo } from '../io';

const USAGE = 'Usage: factmark extract FILE.html... [--url URL]  (--url sets the page URL of a single file)';

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
      io.stderr(`factmark extract: cannot read ${file}: ${(error as Error).message}\n`);
      failed += 1;
      continue;
    }
    const pageUrl = url ?? pathToFileURL(file).href;
    const article = extractArticle(parseHtml(html, pageUrl), { url: pageUrl });
    const claims = article ? detectClaims(article.text, article.lang) : [];
    io.stdout(
      `${JSON.stringify({
        file,
        isArticle: article !== null,
        url: article?.url ?? pageUrl,
        title: article?.title ?? null,
        lang: article?.lang ?? null,
        byline: article?.byline ?? null,
        siteName: article?.siteName ?? null,
        publishedTime: article?.publishedTime ?? null,
        text: article?.text ?? '',
        claims: claims.map(({ text, score, start, end, reasons }) => ({ text, score, start, end, reasons })),
      })}\n`,
    );
  }
  return failed > 0 ? 1 : 0;
}
