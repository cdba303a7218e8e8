/**
 * `factmark extract FILE.html... [--url URL]`: one JSON line per file with the article's
 * metadata, text and check-worthy claims, computed by the same core as the content script.
 */
import { extractArticle } from '../../core/article/extract-article';
import { detectClaims } from '../../core/claims/detect-claims';
import { parseHtml } from '../dom';
import type { CliIo } from '../io';
import { forEachPageFile } from '../page-files';

const USAGE = 'Usage: factmark extract FILE.html... [--url URL]  (--url sets the page URL of a single file)';

export function run(args: string[], io: CliIo): Promise<number> {
  return forEachPageFile(args, io, { name: 'extract', usage: USAGE }, ({ file, html, pageUrl }) => {
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
  });
}
