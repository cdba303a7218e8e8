/**
 * The recall cases of issue #12, each a small page in tests/fixtures/recall/<name>.html beside
 * <name>.keep.json: passages the article must keep (numbers, tables, link lists, headings and
 * captions inside the body) and passages it must leave out. Pages are parsed as a browser parses
 * them (the CLI's standards parser); text is compared with whitespace collapsed, as the snippets
 * benchmark does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { parseHtml } from '../../../../cli/dom';
import { extractArticle } from '../../../../core/article/extract-article';

const DIR = resolve(fileURLToPath(import.meta.url), '../../../../fixtures/recall');

interface Expectation {
  keep: string[];
  leaveOut: string[];
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const names = readdirSync(DIR)
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.slice(0, -'.html'.length));

test.each(names)('%s keeps the article and leaves out the rest', (name) => {
  const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
  const { keep, leaveOut } = JSON.parse(readFileSync(join(DIR, `${name}.keep.json`), 'utf8')) as Expectation;
  const url = `https://fixtures.example/${name}`;
  const article = extractArticle(parseHtml(html, url), { url });
  expect(article, 'rejected as not an article').not.toBeNull();
  const text = squash(article?.text ?? '');
  for (const passage of keep) expect(text).toContain(squash(passage));
  for (const passage of leaveOut) expect(text).not.toContain(squash(passage));
});
