/**
 * Claim memory benchmark. Two parts:
 *
 * 1. Match quality on tests/fixtures/memory/pairs.json (hand-written French and English claims
 *    with rewordings/republications that must match and look-alikes that must not). Groups are
 *    split into TUNE and VALIDATION by a hash of their id (lib/split.ts). The threshold sweep runs
 *    on TUNE only: among thresholds with no false "already checked", the best recall, and the
 *    highest threshold with it, is the tuned one; the
 *    shipped MATCH_THRESHOLD (core/memory/thresholds.ts) and the tuned one are then reported on
 *    VALIDATION, never used to choose.
 * 2. Lookup cost: 100,000 stored claims (lib/synthetic-claims.ts), one page of sentences (the
 *    demo article's) looked up, median of runs; against a reference measured in the same run:
 *    the same page answered by comparing every sentence with every stored claim (no LSH); then
 *    the same page through the built extension in headless Chromium (lib/memory-idb.ts): the
 *    first lookup ever (index built from the table), warm lookups beside a ping (the messaging
 *    floor), and cold lookups after the service worker was stopped beside a cold ping.
 *
 * Exits 1 when a goal is missed: a false match on validation at the shipped threshold, or a
 * page lookup over 5 ms: in memory, and warm in the extension, where the lookup's cost is what
 * it takes beyond the messaging every request pays (the warm round trip minus the ping measured
 * in the same runs) and the worker's own time; both are held to the goal, and the whole round
 * trip is printed beside them. The cold lookup is reported: it pays the worker's start.
 * Run: npm run bench:memory (builds first)
 */
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { analyseHtml } from '../../core/analysis/analyse-html';
import { splitSentences } from '../../core/claims/split-sentences';
import { bestMatch, ClaimIndex, claimFingerprint } from '../../core/memory/claim-index';
import { MATCH_THRESHOLD } from '../../core/memory/thresholds';
import type { ClaimMemoryRow } from '../../core/model/claim-memory';
import { memoryRow } from '../../storage/claim-memory';
import { idbLookup } from './lib/memory-idb';
import { parseHtml } from './lib/happy-document';
import { indexGroups, measure, type PairGroup } from './lib/memory-quality';
import { partOf } from './lib/split';
import { median } from './lib/stats';
import { syntheticClaims } from './lib/synthetic-claims';

const root = fileURLToPath(new URL('../..', import.meta.url));
const STORED = 100_000;
const RUNS = 30;
const GOAL_MS = 5;

const { groups } = JSON.parse(readFileSync(`${root}tests/fixtures/memory/pairs.json`, 'utf8')) as {
  groups: PairGroup[];
};
const tune = groups.filter((group) => partOf(group.id) === 'tune');
const validation = groups.filter((group) => partOf(group.id) === 'validation');
const index = indexGroups(groups);
const count = (part: PairGroup[]) =>
  `${part.length} groups, ${part.reduce((n, g) => n + g.same.length, 0)} rewordings, ${part.reduce((n, g) => n + g.different.length, 0)} look-alikes`;
console.log(`Pairs: tune ${count(tune)}; validation ${count(validation)}`);

// Among thresholds with no false match on tune, the best recall; among those, the highest
// threshold (the widest margin against look-alikes the tune half does not hold).
let tuned = Number.NaN;
let tunedRecall = -1;
console.log('\nTUNE sweep (threshold: precision recall false-matches)');
for (let step = 10; step <= 80; step += 2) {
  const threshold = step / 100;
  const q = measure(index, tune, threshold);
  console.log(
    `  ${threshold.toFixed(2)}: ${q.precision.toFixed(3)} ${q.recall.toFixed(3)} ${q.falsePositives}`,
  );
  if (q.falsePositives === 0 && q.recall >= tunedRecall) {
    tuned = threshold;
    tunedRecall = q.recall;
  }
}
const tunedOnTune = measure(index, tune, MATCH_THRESHOLD);
for (const miss of tunedOnTune.falseMatches)
  console.log(`  tune false match at shipped threshold: ${JSON.stringify(miss)}`);

const report = (label: string, threshold: number) => {
  const q = measure(index, validation, threshold);
  console.log(
    `VALIDATION at ${label} ${threshold.toFixed(2)}: precision ${q.precision.toFixed(3)}, recall ${q.recall.toFixed(3)} ` +
      `(${q.truePositives} found, ${q.falseNegatives} missed, ${q.falsePositives} false "already checked")`,
  );
  return q;
};
console.log(`\nTuned threshold (best tune recall with no false match, highest such): ${tuned.toFixed(2)}`);
report('tuned', tuned);
const shipped = report('shipped', MATCH_THRESHOLD);
const onTune = measure(index, tune, MATCH_THRESHOLD);
console.log(
  `TUNE at shipped ${MATCH_THRESHOLD.toFixed(2)}: precision ${onTune.precision.toFixed(3)}, recall ${onTune.recall.toFixed(3)} ` +
    `(${onTune.truePositives} found, ${onTune.falseNegatives} missed, ${onTune.falsePositives} false "already checked")`,
);
// Groups added after the first release of the memory (`added`), scored apart per batch: each was
// written before the rules it tests were last changed (the README says which errors were read).
for (const batch of [
  ...new Set(groups.flatMap((group) => (group.added === undefined ? [] : [group.added]))),
]) {
  const parts = { TUNE: tune, VALIDATION: validation };
  for (const [name, part] of Object.entries(parts)) {
    const added = part.filter((group) => group.added === batch);
    if (added.length === 0) continue;
    const q = measure(index, added, MATCH_THRESHOLD);
    console.log(
      `${name}, groups added ${batch} only (${count(added)}): precision ${q.precision.toFixed(3)}, ` +
        `recall ${q.recall.toFixed(3)} (${q.truePositives} found), ${q.falsePositives} false "already checked"`,
    );
  }
}

// Lookup cost.
const demo = readFileSync(`${root}tests/fixtures/articles/demo-fr.html`, 'utf8');
const demoUrl = 'https://example.org/demo';
const { article } = analyseHtml(demo, {
  url: demoUrl,
  parseHtml: (html) => parseHtml(html, demoUrl).doc,
  now: () => performance.now(),
});
// Every sentence, not only detected claims: a reader may have checked any passage.
const sentences = article ? splitSentences(article.text, article.lang).map((sentence) => sentence.text) : [];
const buildStart = performance.now();
const fingerprints = syntheticClaims(STORED).map((claim, id) => ({
  id: `c${id}`,
  fingerprint: claimFingerprint(claim),
}));
const big = new ClaimIndex();
big.addFingerprints(fingerprints);
for (const group of groups) big.add(group.id, group.claim);
const buildMs = performance.now() - buildStart;

if (process.env.MEMORY_BENCH_QUALITY_ONLY) process.exit(shipped.falsePositives > 0 ? 1 : 0);
const lookupPage = () => sentences.map((sentence) => big.best(sentence));
const times: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  lookupPage();
  times.push(performance.now() - start);
}
const bruteStart = performance.now();
for (const sentence of sentences) bestMatch(claimFingerprint(sentence), fingerprints);
const bruteMs = performance.now() - bruteStart;
const pageMs = median(times);
console.log(
  `\nLookup: ${sentences.length} sentences of the demo article against ${big.size} stored claims: ` +
    `median ${pageMs.toFixed(2)} ms per page (${RUNS} runs); every-claim comparison ${bruteMs.toFixed(0)} ms ` +
    `(${(bruteMs / pageMs).toFixed(0)}× slower); building the index ${(buildMs / 1000).toFixed(1)} s; ` +
    `load average ${os.loadavg()[0]?.toFixed(1)}`,
);

// The same page through the extension's IndexedDB, as the background answers a tab
// (lib/memory-idb.ts), when the Chrome build is there.
let idbMs: number | null = null;
if (existsSync(`${root}.output/chrome-mv3/manifest.json`)) {
  const rows: ClaimMemoryRow[] = [
    ...fingerprints.map(({ id, fingerprint }) => ({
      id: `fc:${id}`,
      kind: 'factCheck' as const,
      refId: id,
      ...fingerprint,
    })),
    ...groups.map((group) => memoryRow('factCheck', group.id, group.claim)),
  ];
  const idb = await idbLookup(rows, sentences, demoUrl, RUNS);
  idbMs = Math.max(idb.warmMs - idb.warmPingMs, idb.warmWorkerMs);
  const load = () => `load average ${os.loadavg()[0]?.toFixed(1)}`;
  console.log(
    `\nIn the built extension (headless Chromium; findAlreadyChecked sent from an extension page, messaging ` +
      `included): ${sentences.length} sentences against ${rows.length} stored claims, ${idb.found} found; ${load()}\n` +
      `  warm (index in memory): median ${idb.warmMs.toFixed(2)} ms per page (${RUNS} runs); a ping in the same ` +
      `runs ${idb.warmPingMs.toFixed(2)} ms, so the lookup takes ${(idb.warmMs - idb.warmPingMs).toFixed(2)} ms beyond a bare round trip ` +
      `(${(idb.warmMs / idb.warmPingMs).toFixed(1)}× it); ` +
      `the worker's own time (validation to reply) median ${idb.warmWorkerMs.toFixed(2)} ms\n` +
      `  cold (first lookup after the service worker was stopped: start + saved index loaded): median ` +
      `${idb.coldMs.toFixed(0)} ms; the first ping after a stop ${idb.coldPingMs.toFixed(0)} ms (the start alone)\n` +
      `  first lookup ever (no saved index: built from the whole table): ${(idb.firstMs / 1000).toFixed(1)} s; ` +
      `filling the table ${(idb.fillMs / 1000).toFixed(1)} s`,
  );
} else {
  console.log('Lookup through IndexedDB skipped: no .output/chrome-mv3 (npm run build first)');
}

let failed = false;
if (shipped.falsePositives > 0) {
  console.error(`GOAL MISSED: ${shipped.falsePositives} false "already checked" on validation`);
  failed = true;
}
if (pageMs > GOAL_MS) {
  console.error(`GOAL MISSED: lookup ${pageMs.toFixed(2)} ms per page (goal ${GOAL_MS} ms)`);
  failed = true;
}
if (idbMs !== null && idbMs > GOAL_MS) {
  console.error(
    `GOAL MISSED: extension lookup ${idbMs.toFixed(2)} ms per page warm, beyond a ping or in the worker (goal ${GOAL_MS} ms)`,
  );
  failed = true;
}
process.exitCode = failed ? 1 : 0;
