/**
 * Parser parity: the CLI (jsdom, parse5) against Chromium's own `DOMParser`, the same core on
 * both, over the article-extraction benchmark pages. Counts the pages whose article text is
 * identical, and for the others how close the two texts are (4-word shingle F1 of one against
 * the other). Only TUNE page ids are printed (validation pages are not read one by one).
 *
 * Run: `npm run bench:parity [-- --limit N]` (needs ../shared and system Chromium, or
 * CHROMIUM_PATH); `--limit N` checks the first N pages only.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { parsePage } from '../../cli/dom';
import { extractArticle } from '../../core/article/extract-article';
import { loadExtractionCorpus } from './lib/corpus';
import { scoreAll, shingleMatch } from './lib/shingle-f1';
import { partOf } from './lib/split';

const ENTRY = resolve(fileURLToPath(import.meta.url), '../lib/parity-entry.ts');

/** The core bundled as one classic script defining `FactmarkParity.extractInBrowser`. */
async function bundleCore(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: ENTRY, formats: ['iife'], name: 'FactmarkParity' } },
  });
  const output = Array.isArray(result) ? result[0] : result;
  if (!output || !('output' in output) || !output.output[0]) throw new Error('vite built nothing');
  return output.output[0].code;
}

async function main(): Promise<void> {
  const limitAt = process.argv.indexOf('--limit');
  const pages = loadExtractionCorpus()?.slice(
    0,
    limitAt >= 0 ? Number(process.argv[limitAt + 1]) : undefined,
  );
  if (!pages) {
    console.log('Extraction corpus not found (set FACTMARK_SHARED or add ../shared): skipped.');
    return;
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: await bundleCore() });
    let same = 0;
    const differing: { id: string; part: string; f1: number }[] = [];
    for (const { id, url, html } of pages) {
      const inBrowser = await page.evaluate(
        ([source, address]) =>
          (
            globalThis as unknown as {
              FactmarkParity: { extractInBrowser: (h: string, u: string) => string | null };
            }
          ).FactmarkParity.extractInBrowser(source, address),
        [html, url] as const,
      );
      const parsed = parsePage(html, url);
      const inCli = extractArticle(parsed.doc, { url })?.text ?? null;
      parsed.close();
      if (inBrowser === inCli) same++;
      else {
        differing.push({
          id,
          part: partOf(id),
          f1: scoreAll([shingleMatch(inBrowser ?? '', inCli ?? '')]).f1,
        });
      }
    }
    console.log(
      `Parser parity on ${pages.length} article-extraction pages: CLI (jsdom/parse5) vs Chromium DOMParser`,
    );
    console.log(`  identical article text: ${same} of ${pages.length}`);
    for (const { id, part, f1 } of differing) {
      console.log(
        `  differs: ${part === 'tune' ? id.slice(0, 12) : '(validation page)'}  shingle F1 ${f1.toFixed(3)}`,
      );
    }
  } finally {
    await browser.close();
  }
}

await main();
