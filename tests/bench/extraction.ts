/**
 * Article-extraction benchmark: Readability alone against Factmark's `extractArticle`, in one run,
 * on the two shared corpora, each split into TUNE and VALIDATION pages (./lib/split.ts):
 * - article-extraction: article-body F1 over 4-word shingles (./lib/shingle-f1.ts);
 * - article-snippets: share of "with" passages kept and of "without" passages left out.
 * For Factmark it also counts the pages its pre-screen rejects (`pageIsArticleCandidate`) and all
 * the pages it finds no article in (pre-screen or post-extraction check). For both it counts the
 * pages whose title a heading of the page shows (`findHeadline`): there the title's claims can be
 * marked.
 *
 * Pages are parsed as the CLI parses them (cli/dom.ts: jsdom, parse5's standard tree construction,
 * as a browser's DOMParser does in the extension); `--parser happy-dom` parses with happy-dom's
 * own parser instead, the one the CLI used before, to see what the parser changes.
 *
 * Run: `npm run bench:extraction` (or `npx tsx tests/bench/extraction.ts`), at Node's default heap.
 * `--part tune` runs the TUNE pages only (what to look at while tuning).
 * Set FACTMARK_BENCH_DUMP=<dir> to write each TUNE page's expected text and both outputs
 * (validation pages are never dumped: they are not to be read one by one).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { findHeadline } from '../../core/article/headline-ranges';
import { extractArticle } from '../../core/article/extract-article';
import { pageIsArticleCandidate } from '../../core/article/is-article';
import { loadExtractionCorpus, loadSnippetCorpus } from './lib/corpus';
import { parsePage } from '../../cli/dom';
import { parseHtml as parseWithHappyDom } from './lib/happy-document';
import { type ShingleCounts, scoreAll, shingleMatch } from './lib/shingle-f1';
import { type Part, partOf } from './lib/split';
import { median } from './lib/stats';

type Extractor = 'Readability alone' | 'Factmark';
const EXTRACTORS: Extractor[] = ['Readability alone', 'Factmark'];

/** One extractor's results on one part of one corpus. */
interface Tally {
  pages: number;
  counts: ShingleCounts[];
  kept: number;
  withTotal: number;
  leftOut: number;
  withoutTotal: number;
  /** Pages with no article at all. */
  nulls: number;
  /** Pages the pre-screen rejected (Factmark only). */
  screened: number;
  /** Pages whose title is the text of a headline of the page (`findHeadline`): claims marked there. */
  headlines: number;
  failures: number;
  times: number[];
}

const newTally = (): Tally => ({
  pages: 0,
  counts: [],
  kept: 0,
  withTotal: 0,
  leftOut: 0,
  withoutTotal: 0,
  nulls: 0,
  screened: 0,
  headlines: 0,
  failures: 0,
  times: [],
});

class Results {
  private readonly tallies = new Map<string, Tally>();
  get(extractor: Extractor, part: Part): Tally {
    const key = `${extractor}/${part}`;
    let tally = this.tallies.get(key);
    if (!tally) {
      tally = newTally();
      this.tallies.set(key, tally);
    }
    return tally;
  }
}

/** Runs both extractors on one page; returns their texts (empty when none). */
function runBoth(doc: Document, url: string, tallyOf: (extractor: Extractor) => Tally): string[] {
  const extract: Record<Extractor, () => { text: string; title: string | null } | null> = {
    // Readability on a live page must parse a clone too, so the clone is part of its cost.
    'Readability alone': () => {
      const parsed = new Readability(doc.cloneNode(true) as Document).parse();
      return parsed?.textContent == null ? null : { text: parsed.textContent, title: parsed.title ?? null };
    },
    Factmark: () => extractArticle(doc, { url }),
  };
  return EXTRACTORS.map((extractor) => {
    const tally = tallyOf(extractor);
    tally.pages++;
    const started = performance.now();
    let output: { text: string; title: string | null } | null = null;
    try {
      output = extract[extractor]();
    } catch (error) {
      tally.failures++;
      console.error(`${extractor} failed on ${url}:`, error);
    }
    tally.times.push(performance.now() - started);
    if (output === null) tally.nulls++;
    if (output?.title && findHeadline(doc, output.title)) tally.headlines++;
    if (extractor === 'Factmark' && !pageIsArticleCandidate(doc)) tally.screened++;
    return output?.text ?? '';
  });
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

const pct = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)} %`;

function tail(tally: Tally, extractor: Extractor): string {
  const screened = extractor === 'Factmark' ? `  pre-screen rejects ${tally.screened}` : '';
  const headlines = `  title a headline of the page ${tally.headlines}/${tally.pages - tally.nulls}`;
  return `  no article ${tally.nulls}${screened}${headlines}  failed ${tally.failures}  median ${median(tally.times).toFixed(1)} ms/page`;
}

/**
 * Waits for the event loop's next turn. Without it the whole run is one job for V8: every
 * object read through a WeakRef stays alive until the job ends (jsdom tracks live ranges and
 * node iterators in WeakRef sets, node_modules/jsdom/lib/jsdom/living/helpers/iterable-weak-set.js),
 * so no page's Document was ever freed and the run passed Node's default heap of
 * about 4 GB; with it memory stays flat (about 70 MB after 40 pages instead of 400 MB).
 */
const nextTask = () => new Promise<void>((resolve) => setImmediate(resolve));

type ParseHtml = (html: string, url: string) => { doc: Document; close: () => unknown };

/** The parser `--parser` names: `standard` (the CLI's, the default) or `happy-dom`. */
function pageParser(): { name: string; parse: ParseHtml } {
  const index = process.argv.indexOf('--parser');
  const name = index >= 0 ? (process.argv[index + 1] ?? '') : 'standard';
  if (name === 'happy-dom') return { name, parse: parseWithHappyDom };
  if (name === 'standard') return { name: "standard (the CLI's: jsdom, parse5)", parse: parsePage };
  throw new Error(`--parser ${name}: use standard or happy-dom`);
}

async function main(): Promise<void> {
  const { name: parserName, parse: parseHtml } = pageParser();
  console.log(`Parser: ${parserName}`);
  const parts: Part[] = process.argv.includes('--part')
    ? [process.argv[process.argv.indexOf('--part') + 1] as Part]
    : ['tune', 'validation'];
  const extraction = loadExtractionCorpus();
  const snippets = loadSnippetCorpus();
  if (!extraction && !snippets) {
    console.log('Extraction corpora not found (set FACTMARK_SHARED or add ../shared): skipped.');
    return;
  }
  const dump = process.env.FACTMARK_BENCH_DUMP;
  if (dump) mkdirSync(dump, { recursive: true });
  const write = (part: Part, name: string, text: string) => {
    if (dump && part === 'tune') writeFileSync(join(dump, name), text);
  };

  const f1 = new Results();
  for (const page of extraction ?? []) {
    const part = partOf(page.id);
    if (!parts.includes(part)) continue;
    const { doc, close } = parseHtml(page.html, page.url);
    const outputs = runBoth(doc, page.url, (extractor) => f1.get(extractor, part));
    EXTRACTORS.forEach((extractor, i) => {
      f1.get(extractor, part).counts.push(shingleMatch(page.truth, outputs[i] ?? ''));
    });
    write(part, `${page.id}.truth.txt`, page.truth);
    write(part, `${page.id}.readability.txt`, outputs[0] ?? '');
    write(part, `${page.id}.factmark.txt`, outputs[1] ?? '');
    await close();
    await nextTask();
  }

  const kept = new Results();
  for (const page of snippets ?? []) {
    const part = partOf(page.id);
    if (!parts.includes(part)) continue;
    const { doc, close } = parseHtml(page.html, page.url);
    const outputs = runBoth(doc, page.url, (extractor) => kept.get(extractor, part));
    EXTRACTORS.forEach((extractor, i) => {
      const text = normalise(outputs[i] ?? '');
      const tally = kept.get(extractor, part);
      const missed = page.with.filter((s) => !text.includes(normalise(s)));
      const found = page.without.filter((s) => text.includes(normalise(s)));
      tally.withTotal += page.with.length;
      tally.kept += page.with.length - missed.length;
      tally.withoutTotal += page.without.length;
      tally.leftOut += page.without.length - found.length;
      const name = extractor === 'Factmark' ? 'factmark' : 'readability';
      write(
        part,
        `${page.id}.${name}.txt`,
        `${outputs[i] ?? ''}\n\n--- MISSED\n${missed.join('\n')}\n--- FOUND\n${found.join('\n')}\n`,
      );
    });
    await close();
    await nextTask();
  }

  for (const part of parts) {
    if (extraction) {
      console.log(
        `\nArticle extraction, ${part}: ${f1.get('Factmark', part).pages} pages (4-word shingles, benchmark averaging)`,
      );
      for (const extractor of EXTRACTORS) {
        const tally = f1.get(extractor, part);
        const { f1: score, precision, recall } = scoreAll(tally.counts);
        console.log(
          `  ${extractor.padEnd(18)} F1 ${score.toFixed(3)}  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}${tail(tally, extractor)}`,
        );
      }
    }
    if (snippets) {
      const some = kept.get('Factmark', part);
      console.log(
        `\nArticle snippets, ${part}: ${some.pages} pages, ${some.withTotal} "with" and ${some.withoutTotal} "without" passages`,
      );
      for (const extractor of EXTRACTORS) {
        const tally = kept.get(extractor, part);
        console.log(
          `  ${extractor.padEnd(18)} kept ${pct(tally.kept, tally.withTotal)}  left out ${pct(tally.leftOut, tally.withoutTotal)}${tail(tally, extractor)}`,
        );
      }
    }
  }
}

await main();
