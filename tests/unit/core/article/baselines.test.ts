/**
 * Regression baselines: each tests/fixtures/articles/<name>.html is parsed as a browser parses it
 * (the CLI's standards parser, cli/dom.ts) and extracted, and compared with
 * <name>.expected.json (title, lang, byline, text). After an intended change, regenerate with
 * `FACTMARK_UPDATE_BASELINES=1 npx vitest run --project unit tests/unit/core/article/baselines.test.ts`
 * and review the JSON diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { parseHtml } from '../../../../cli/dom';
import { extractArticle } from '../../../../core/article/extract-article';

const DIR = resolve(fileURLToPath(import.meta.url), '../../../../fixtures/articles');
const UPDATE = process.env.FACTMARK_UPDATE_BASELINES === '1';

interface Baseline {
  /** The address the page is loaded from in the test (its canonical link may differ). */
  pageUrl: string;
  title: string;
  lang: string;
  byline: string | null;
  text: string;
}

const names = readdirSync(DIR)
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.slice(0, -'.html'.length));

test.each(names)('%s matches its baseline', (name) => {
  const expectedPath = join(DIR, `${name}.expected.json`);
  const previous = existsSync(expectedPath)
    ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as Baseline)
    : null;
  const pageUrl = previous?.pageUrl ?? `https://fixtures.example/${name}`;
  const article = extractArticle(parseHtml(readFileSync(join(DIR, `${name}.html`), 'utf8'), pageUrl), {
    url: pageUrl,
  });
  expect(article).not.toBeNull();
  const actual: Baseline = {
    pageUrl,
    title: article?.title ?? '',
    lang: article?.lang ?? '',
    byline: article?.byline ?? null,
    text: article?.text ?? '',
  };
  if (UPDATE) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
  else expect(actual, `no baseline yet: run with FACTMARK_UPDATE_BASELINES=1`).toEqual(previous);
});
