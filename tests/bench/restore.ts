/**
 * `npm run bench:restore [count]`: a backup of `count` fact-checks (default 100,000) as the
 * review page's "Export all" writes it (Factmark JSON), restored as the import does: read as a
 * stream of 4 MiB chunks (readFactmarkStream), previewed and written into an empty database (Node,
 * fake-indexeddb, so the storage figure is only an order of magnitude). Prints the file's size and
 * the median of 3 stream reads, with `JSON.parse` of the same text in the same run as reference.
 */
import 'fake-indexeddb/auto';
import { toFactmarkJson } from '../../core/exchange/factmark-json';
import { readFactmarkStream } from '../../core/exchange/read-factmark-stream';
import { FactmarkDb } from '../../storage/db';
import { claimRecord, factCheckRecord } from '../../storage/exchange-records';
import { applyImport, previewImport } from '../../storage/import-bundle';
import { generate } from './lib/review-data';

const count = Number(process.argv[2] ?? 100_000);
const CHUNK = 4 * 1024 * 1024;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const data = generate(count);
const text = toFactmarkJson(
  {
    articles: data.articles,
    claims: data.claims.map(claimRecord),
    factChecks: data.factChecks.map(factCheckRecord),
  },
  { exportedAt: new Date().toISOString() },
);
const bytes = new TextEncoder().encode(text);
console.log(`backup of ${count} fact-checks: ${(bytes.length / 1024 / 1024).toFixed(1)} MiB`);

async function* chunks() {
  for (let start = 0; start < bytes.length; start += CHUNK) yield bytes.subarray(start, start + CHUNK);
}

const reads: number[] = [];
const parses: number[] = [];
let parsed: Awaited<ReturnType<typeof readFactmarkStream>> | undefined;
for (let run = 0; run < 3; run++) {
  let started = performance.now();
  parsed = await readFactmarkStream(chunks());
  reads.push(performance.now() - started);
  started = performance.now();
  JSON.parse(text);
  parses.push(performance.now() - started);
}
if (!parsed?.ok) throw new Error(parsed?.ok === false ? parsed.error : 'no result');
console.log(
  `stream read + validation: median ${median(reads).toFixed(0)} ms (${reads.map((ms) => ms.toFixed(0)).join(', ')}); ` +
    `JSON.parse alone: median ${median(parses).toFixed(0)} ms; ratio ${(median(reads) / median(parses)).toFixed(1)}`,
);
console.log(`valid: ${parsed.bundle.factChecks.length} fact-checks, ${parsed.invalid.length} refused`);

const db = new FactmarkDb(`restore-${Date.now()}`);
let started = performance.now();
const plan = await previewImport(db, parsed.bundle, parsed.invalid, { conflict: 'keep-newer' });
const previewMs = performance.now() - started;
started = performance.now();
const { written } = await applyImport(db, plan);
console.log(
  `preview ${previewMs.toFixed(0)} ms (${plan.counts.new} new); write in one transaction ${(performance.now() - started).toFixed(0)} ms (${written} written, fake-indexeddb)`,
);
db.close();
