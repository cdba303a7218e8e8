/**
 * Bundled into one script and run inside Chromium by tests/bench/parity.ts: the core's article
 * extraction on a Document built by the browser's own `DOMParser`, as the extension's offscreen
 * document builds it.
 */
import { extractArticle } from '../../../core/article/extract-article';

/** The article text of `html` served from `url`, or null when it is no article. */
export function extractInBrowser(html: string, url: string): string | null {
  return extractArticle(new DOMParser().parseFromString(html, 'text/html'), { url })?.text ?? null;
}
