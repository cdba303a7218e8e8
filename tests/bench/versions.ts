/**
 * Article versions benchmark (#15): over real article texts, makes the publisher's edits — a word
 * changed inside a claim, a sentence inserted, a paragraph removed, and noise only (date line,
 * counters, an advertising label, spacing) — and reports how often each real change is reported
 * correctly and how many noise-only edits raise an alert (goal: every real change, no noise alert);
 * then the storage per stored version (gzip, median and p90) and the time to compare on a visit
 * (decompress the checked version, diff, classify the claims) against re-anchoring the same claims
 * in the same run.
 *
 * Texts: the articleBody of each page of $FACTMARK_SHARED (default ../shared from the repo root)
 * /corpus/article-extraction/ground-truth.json, else tests/fixtures/articles/*.expected.json.
 * A change is reported correctly when the article diff reports it where it was made (a changed
 * word: every change inside the claim, and the claim marked `changed` with the new word; an
 * inserted sentence: one insertion; a removed paragraph, never a noise line: one deletion).
 * Deterministic (seeded). Exits 1 when a goal is missed. Run: npm run bench:versions
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { anchorAll } from '../../core/anchoring/anchor';
import { describeRange } from '../../core/anchoring/describe';
import { fingerprintOf } from '../../core/model/ids';
import { classifyClaim } from '../../core/versions/claim-change';
import { compareWithChecked } from '../../core/versions/compare';
import { compressText, decompressText } from '../../core/versions/compress';
import { diffArticle } from '../../core/versions/diff-article';
import { isNoiseLine } from '../../core/versions/noise';
import { wordsOf } from '../../core/versions/words';
import { sharedDir } from './lib/corpus';
import { mulberry32 } from './lib/mulberry32';
import { median } from './lib/stats';

const SEED = 20_251_130;
const MIN_CLAIM = 40;
const MAX_CLAIM = 200;
/** Pages need this many paragraphs for a paragraph to be removed that is not the lead. */
const MIN_PARAGRAPHS = 3;

interface Span {
  start: number;
  end: number;
}

function loadTexts(): { source: string; texts: string[] } {
  const shared = sharedDir();
  const corpus = shared ? join(shared, 'corpus', 'article-extraction', 'ground-truth.json') : null;
  if (corpus && existsSync(corpus)) {
    const pages = JSON.parse(readFileSync(corpus, 'utf8')) as Record<string, { articleBody?: unknown }>;
    const texts = Object.values(pages).flatMap((p) =>
      typeof p.articleBody === 'string' ? [p.articleBody] : [],
    );
    return { source: corpus, texts };
  }
  const fixtures = fileURLToPath(new URL('../fixtures/articles', import.meta.url));
  const texts = readdirSync(fixtures)
    .filter((f) => f.endsWith('.expected.json'))
    .flatMap((file) => {
      const { text } = JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as { text?: unknown };
      return typeof text === 'string' ? [text] : [];
    });
  return { source: `FALLBACK: shared corpus not found, using ${fixtures}`, texts };
}

const pick = <T>(items: readonly T[], random: () => number): T | undefined =>
  items[Math.floor(random() * items.length)];

/** Paragraphs (lines with text) as spans. */
function paragraphs(text: string): Span[] {
  return [...text.matchAll(/[^\n]+/g)]
    .filter((m) => m[0].trim().length > 0)
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Sentences of 40–200 units, on one line, that occur once. */
function sentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const { segment, index } of new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)) {
    const trimmed = segment.trim();
    const start = index + segment.indexOf(trimmed);
    const unique = text.indexOf(trimmed) === text.lastIndexOf(trimmed);
    if (trimmed.length >= MIN_CLAIM && trimmed.length <= MAX_CLAIM && !trimmed.includes('\n') && unique) {
      spans.push({ start, end: start + trimmed.length });
    }
  }
  return spans;
}

/** The page as first checked: its text with the noise a news page carries inside its article. */
function withNoise(text: string): string {
  const parts = text.split('\n');
  const middle = Math.max(1, Math.floor(parts.length / 2));
  return [
    'Published on 3 July 2025 at 10:12',
    '',
    ...parts.slice(0, middle),
    'Advertisement',
    ...parts.slice(middle),
    '',
    '1 234 comments',
  ].join('\n');
}

/** The same page after noise-only edits: new date and counter, no ad, spacing changed. */
function noiseEdited(text: string): string {
  return text
    .replace('Published on 3 July 2025 at 10:12', 'Updated 4 July 2025, 08:47')
    .replace('\nAdvertisement', '')
    .replace('1 234 comments', '1 301 comments')
    .replace(/\. /g, '.  ')
    .replace(/\n\n/g, '\n \n');
}

/** A word of the claim changed: a digit of a number, else a word swapped for one of the same length. */
function changeWordIn(
  text: string,
  claim: Span,
  random: () => number,
): { text: string; word: string } | null {
  const inside = text.slice(claim.start, claim.end);
  const words = [...inside.matchAll(/\p{L}{4,}|\d+/gu)];
  const target = pick(words, random);
  if (!target) return null;
  const original = target[0];
  const replacement = /^\d+$/.test(original)
    ? String((Number(original) + 1 + Math.floor(random() * 8)) % 10 ** original.length).padStart(
        original.length,
        '0',
      )
    : (pick(
        [...text.matchAll(/\p{L}{4,}/gu)]
          .map((m) => m[0])
          .filter((w) => w.length === original.length && w !== original),
        random,
      ) ?? `${original.slice(0, -1)}${original.endsWith('x') ? 'y' : 'x'}`);
  if (replacement === original) return null;
  const at = claim.start + target.index;
  return { text: text.slice(0, at) + replacement + text.slice(at + original.length), word: replacement };
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
const kb = (value: number) => `${(value / 1024).toFixed(1)} KiB`;
const pct = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<number> {
  const { source, texts: all } = loadTexts();
  const texts = all.filter((text) => paragraphs(text).length >= MIN_PARAGRAPHS && sentences(text).length > 0);
  const random = mulberry32(SEED);
  const tally = {
    word: { pages: 0, correct: 0, oneReplace: 0 },
    sentence: { pages: 0, correct: 0, exact: 0 },
    paragraph: { pages: 0, correct: 0, exact: 0 },
    noise: { pages: 0, alerts: 0 },
  };
  const stored: number[] = [];
  const raw: number[] = [];
  const compareTimes: number[] = [];
  const anchorTimes: number[] = [];
  const missed: string[] = [];

  for (const [index, body] of texts.entries()) {
    const old = withNoise(body);
    const gzip = await compressText(old);
    stored.push(gzip.byteLength);
    raw.push(new TextEncoder().encode(old).byteLength);
    const checked = {
      text: old,
      checkedAt: '2025-07-03T10:12:00.000Z',
      fingerprint: await fingerprintOf(old),
    };
    const claims = sentences(old);

    // Noise only: no alert.
    tally.noise.pages++;
    if (compareWithChecked(checked, noiseEdited(old)) !== null) {
      tally.noise.alerts++;
      missed.push(
        `page ${index}: noise-only edit raised an alert: ${JSON.stringify(diffArticle(old, noiseEdited(old))[0])}`,
      );
    }

    // A word changed inside a claim: the article reports it and the claim is `changed`.
    const claim = pick(claims, random);
    const edited = claim ? changeWordIn(old, claim, random) : null;
    if (claim && edited) {
      tally.word.pages++;
      const changes = diffArticle(old, edited.text);
      const inClaim =
        changes.length > 0 && changes.every((c) => c.oldStart >= claim.start && c.oldEnd <= claim.end);
      if (changes.length === 1 && changes[0]?.op === 'replace') tally.word.oneReplace++;
      const selectors = describeRange(old, claim.start, claim.end);
      const quote = old.slice(claim.start, claim.end);
      const [result] = anchorAll(edited.text, [selectors]);
      const status = classifyClaim(quote, edited.text, result ?? { status: 'orphan' });
      const marked = status.status === 'changed' && status.now.includes(edited.word);
      if (inClaim && marked) tally.word.correct++;
      else
        missed.push(
          `page ${index}: word change reported ${JSON.stringify(changes.map(({ op, was, now }) => ({ op, was, now })))}, claim ${status.status}`,
        );

      // Time to compare on a visit: decompress, diff, classify the page's claims (up to 5).
      const visitClaims = claims.slice(0, 5);
      const visitSelectors = visitClaims.map((c) => describeRange(old, c.start, c.end));
      const t0 = performance.now();
      const text = await decompressText(gzip);
      compareWithChecked({ ...checked, text }, edited.text);
      const t1 = performance.now();
      const anchored = anchorAll(edited.text, visitSelectors);
      anchored.forEach((r, i) => {
        const c = visitClaims[i];
        if (c) classifyClaim(old.slice(c.start, c.end), edited.text, r);
      });
      const t2 = performance.now();
      compareTimes.push(t1 - t0);
      anchorTimes.push(t2 - t1);
    }

    // A sentence inserted (from another page) after a sentence of this one.
    const after = pick(claims, random);
    const other = pick(sentences(texts[(index + 1) % texts.length] ?? ''), random);
    if (after && other) {
      const sentence = (texts[(index + 1) % texts.length] ?? '').slice(other.start, other.end);
      const text = `${old.slice(0, after.end)} ${sentence}${old.slice(after.end)}`;
      tally.sentence.pages++;
      const changes = diffArticle(old, text);
      const [only] = changes;
      if (changes.length === 1 && only?.op === 'insert') {
        tally.sentence.correct++;
        if (only.now === sentence) tally.sentence.exact++;
      } else
        missed.push(
          `page ${index}: inserted sentence reported as ${JSON.stringify(changes.map((c) => c.op))}`,
        );
    }

    // A paragraph removed (never the first).
    const paragraph = pick(
      paragraphs(old)
        .slice(2)
        .filter((p) => !isNoiseLine(old.slice(p.start, p.end))),
      random,
    );
    if (paragraph) {
      const removed = old.slice(paragraph.start, paragraph.end);
      const text = old.slice(0, paragraph.start) + old.slice(paragraph.end + 1);
      tally.paragraph.pages++;
      const changes = diffArticle(old, text);
      const [only] = changes;
      if (changes.length === 1 && only?.op === 'delete') {
        tally.paragraph.correct++;
        if (wordsOf(only.was) === wordsOf(removed)) tally.paragraph.exact++;
      } else
        missed.push(
          `page ${index}: removed paragraph ${JSON.stringify(removed.slice(0, 80))} reported as ${JSON.stringify(changes.map((c) => c.op))}`,
        );
    }
  }

  console.log(`Texts: ${source} (${texts.length} of ${all.length} with ${MIN_PARAGRAPHS}+ paragraphs)`);
  console.log('\nChanges reported correctly (where they were made; see the header comment):');
  console.log(
    `  word changed inside a claim  ${tally.word.correct}/${tally.word.pages} (${pct(tally.word.correct, tally.word.pages)}), claim marked changed with the new word; as one replace: ${pct(tally.word.oneReplace, tally.word.pages)}`,
  );
  console.log(
    `  sentence inserted            ${tally.sentence.correct}/${tally.sentence.pages} (${pct(tally.sentence.correct, tally.sentence.pages)}); insert text exactly the sentence: ${pct(tally.sentence.exact, tally.sentence.pages)}`,
  );
  console.log(
    `  paragraph removed            ${tally.paragraph.correct}/${tally.paragraph.pages} (${pct(tally.paragraph.correct, tally.paragraph.pages)}); deleted words exactly the paragraph's: ${pct(tally.paragraph.exact, tally.paragraph.pages)}`,
  );
  console.log(
    `  noise only (dates, counters, ad label, spacing): alerts on ${tally.noise.alerts}/${tally.noise.pages} pages`,
  );
  console.log('\nStorage per stored version (gzip via CompressionStream):');
  console.log(
    `  median ${kb(median(stored))}, p90 ${kb(percentile(stored, 0.9))} (raw UTF-8 median ${kb(median(raw))}, p90 ${kb(percentile(raw, 0.9))}; ratio ${(median(stored) / median(raw)).toFixed(2)})`,
  );
  console.log('\nTime to compare on a visit (decompress the checked version + word diff):');
  console.log(`  median ${ms(median(compareTimes))}, p90 ${ms(percentile(compareTimes, 0.9))}`);
  console.log(
    `  reference, same run: re-anchoring and classifying up to 5 claims, median ${ms(median(anchorTimes))} (compare / anchor = ${(median(compareTimes) / median(anchorTimes)).toFixed(1)})`,
  );
  for (const line of missed.slice(0, 10)) console.log(`  missed: ${line}`);
  const goalMet =
    tally.noise.alerts === 0 &&
    tally.word.correct === tally.word.pages &&
    tally.sentence.correct === tally.sentence.pages &&
    tally.paragraph.correct === tally.paragraph.pages;
  console.log(`\nGoal (every real change reported, no noise alert): ${goalMet ? 'met' : 'MISSED'}`);
  return goalMet ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
