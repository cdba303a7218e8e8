/**
 * Article-extraction benchmark: Readability alone against Factmark's `extractArticle`, on the
 * shared corpus (see its README for the measure, implemented in ./lib/shingle-f1.ts).
 * Run: `npx tsx tests/bench/extraction.ts` (or `npm run bench:extraction`).
 * Set FACTMARK_BENCH_DUMP=<dir> to write each page's truth and both outputs for inspection.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../core/article/extract-article';
import { loadExtractionCorpus } from './lib/corpus';
import { parseHtml } from './lib/happy-document';
import { type ShingleCounts, scoreAll, shingleMatch } from './lib/shingle-f1';

interface Run {
  name: string;
  counts: ShingleCounts[];
  times: number[];
  nulls: number;
  failures: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Runs `extract` on `doc`, timing it; a throw counts as a failure with empty output. */
function measure(run: Run, truth: string, extract: () => string | null): string {
  const started = performance.now();
  let output: string | null = null;
  try {
    output = extract();
  } catch (error) {
    run.failures++;
    console.error(`${run.name} failed:`, error);
  }
  run.times.push(performance.now() - started);
  if (output === null) run.nulls++;
  run.counts.push(shingleMatch(truth, output ?? ''));
  return output ?? '';
}

async function main(): Promise<void> {
  const pages = loadExtractionCorpus();
  if (!pages) {
    console.log('Extraction corpus not found (set FACTMARK_SHARED or add ../shared): skipped.');
    return;
  }
  const dump = process.env.FACTMARK_BENCH_DUMP;
  if (dump) mkdirSync(dump, { recursive: true });
  const readability: Run = { name: 'Readability alone', counts: [], times: [], nulls: 0, failures: 0 };
  const factmark: Run = { name: 'Factmark', counts: [], times: [], nulls: 0, failures: 0 };

  for (const page of pages) {
    const { doc, close } = parseHtml(page.html, page.url);
    // Readability on a live page must parse a clone too, so the clone is part of its cost.
    const a = measure(
      readability,
      page.truth,
      () => new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? null,
    );
    const b = measure(factmark, page.truth, () => extractArticle(doc, { url: page.url })?.text ?? null);
    if (dump) {
      writeFileSync(join(dump, `${page.id}.truth.txt`), page.truth);
      writeFileSync(join(dump, `${page.id}.readability.txt`), a);
      writeFileSync(join(dump, `${page.id}.factmark.txt`), b);
    }
    await close();
  }

  console.log(`Article extraction, ${pages.length} pages (4-word shingles, benchmark averaging)`);
  for (const run of [readability, factmark]) {
    const { f1, precision, recall } = scoreAll(run.counts);
    console.log(
      `${run.name.padEnd(18)} F1 ${f1.toFixed(3)}  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}` +
        `  null ${run.nulls}  failed ${run.failures}  median ${median(run.times).toFixed(1)} ms/page`,
    );
  }
}

await main();
