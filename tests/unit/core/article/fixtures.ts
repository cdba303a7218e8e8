/**
 * Helpers for the article tests: fixture pages from tests/fixtures/articles, parsed by the
 * environment's DOMParser (happy-dom).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

/** Raw HTML of `tests/fixtures/articles/<name>`. */
export function fixtureHtml(name: string): string {
  return readFileSync(resolve(fileURLToPath(import.meta.url), '../../../../fixtures/articles', name), 'utf8');
}

/** A Document parsed from `html`. */
export function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/**
 * A Document that is its own window's document, for tests that make Ranges: happy-dom 21 binds
 * `createRange()` of a DOMParser document to the environment's main document, so its ranges
 * collapse. Browsers do not have that problem.
 */
export function pageDocument(html: string, url = 'https://fixtures.example/'): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** A small article page: `paragraphs` wrapped in the usual page furniture. */
export function articlePage(paragraphs: string[], head = ''): string {
  return `<!DOCTYPE html><html><head>${head}</head><body><nav><a href="/">Home</a><a href="/world">World</a></nav>
<article>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article><footer>© Site</footer></body></html>`;
}
