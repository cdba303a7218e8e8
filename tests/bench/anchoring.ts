/**
 * Re-anchoring benchmark: takes sentences of real article texts as quotes, describes them,
 * edits the text in five ways while tracking where the quote went, anchors again and reports,
 * per edit, how often the quote lands in the right place, in a wrong place (must never happen)
 * or is orphaned, and how long anchoring takes.
 *
 * Texts: the articleBody of each page of $FACTMARK_SHARED (default ../shared from the repo root)
 * /corpus/article-extraction/ground-truth.json, else tests/fixtures/articles/*.expected.json
 * (`text`). Deterministic: a seeded PRNG picks quotes and edits. Exits 1 when a goal is missed.
 * Run: npm run bench:anchoring
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type AnchorResult, anchor } from '../../core/anchoring/anchor';
import { describeRange } from '../../core/anchoring/describe';
import { mulberry32 } from './lib/mulberry32';

const QUOTES_PER_TEXT = 5;
const SEED = 20_240_601;
const MIN_QUOTE = 40;
const MAX_QUOTE = 200;

interface Span {
  start: number;
  end: number;
}
/** An edited text and where the quote now is (null: it was removed). */
interface Edited {
  text: string;
  expected: Span | null;
}
type Scenario = (text: string, quote: Span, random: () => number) => Edited | null;

const pick = <T>(items: readonly T[], random: () => number): T | undefined =>
  items[Math.floor(random() * items.length)];

function loadTexts(): { source: string; texts: string[] } {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const shared = process.env.FACTMARK_SHARED ?? resolve(root, '..', 'shared');
  const corpus = join(shared, 'corpus', 'article-extraction', 'ground-truth.json');
  if (existsSync(corpus)) {
    const pages = JSON.parse(readFileSync(corpus, 'utf8')) as Record<string, { articleBody?: unknown }>;
    const texts = Object.values(pages).flatMap((p) =>
      typeof p.articleBody === 'string' ? [p.articleBody] : [],
    );
    return { source: corpus, texts };
  }
  const fixtures = join(root, 'tests', 'fixtures', 'articles');
  const files = existsSync(fixtures) ? readdirSync(fixtures).filter((f) => f.endsWith('.expected.json')) : [];
  const texts = files.flatMap((file) => {
    const { text } = JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as { text?: unknown };
    return typeof text === 'string' ? [text] : [];
  });
  return { source: fixtures, texts };
}

/** Sentences of 40–200 units that occur once in the text, so their place is unambiguous. */
function candidateQuotes(text: string): Span[] {
  const spans: Span[] = [];
  for (const { segment, index } of new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)) {
    const trimmed = segment.trim();
    const start = index + segment.indexOf(trimmed);
    const unique = text.indexOf(trimmed) === text.lastIndexOf(trimmed);
    if (trimmed.length >= MIN_QUOTE && trimmed.length <= MAX_QUOTE && !trimmed.includes('\n') && unique) {
      spans.push({ start, end: start + trimmed.length });
    }
  }
  return spans;
}

/** Replaces [start, end) of `text` by `insert`, moving `quote` if the edit is before it. */
function splice(text: string, quote: Span | null, start: number, end: number, insert: string): Edited {
  const shift = insert.length - (end - start);
  const moved =
    quote && start <= quote.start ? { start: quote.start + shift, end: quote.end + shift } : quote;
  return { text: text.slice(0, start) + insert + text.slice(end), expected: moved };
}

/** Paragraphs as spans, "\n\n" separating them. */
function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    spans.push({ start, end: start + part.length });
    start += part.length + 2;
  }
  return spans;
}

const WORD = /\p{L}{3,}/gu;
function words(text: string, from: number, to: number): Span[] {
  return [...text.slice(from, to).matchAll(WORD)].map((m) => ({
    start: from + m.index,
    end: from + m[0].length + m.index,
  }));
}
/** Another word of the same text to put in place of `word`. */
function replacement(text: string, word: string, random: () => number): string {
  const others = [...new Set(text.match(WORD) ?? [])].filter((w) => w.toLowerCase() !== word.toLowerCase());
  return pick(others, random) ?? 'changed';
}
function changeWord(
  text: string,
  quote: Span,
  choices: Span[],
  random: () => number,
  inside: boolean,
): Edited | null {
  const word = pick(choices, random);
  if (!word) return null;
  const edited = splice(
    text,
    inside ? null : quote,
    word.start,
    word.end,
    replacement(text, text.slice(word.start, word.end), random),
  );
  const shift = edited.text.length - text.length;
  return inside ? { ...edited, expected: { start: quote.start, end: quote.end + shift } } : edited;
}

const SCENARIOS: Record<string, Scenario> = {
  unchanged: (text, quote) => ({ text, expected: quote }),
  'paragraph inserted elsewhere': (text, quote, random) => {
    const at =
      pick(
        [
          0,
          ...paragraphs(text)
            .map((p) => p.end + 2)
            .filter((b) => b <= text.length),
        ],
        random,
      ) ?? 0;
    const filler = 'The council said the figures would be reviewed again next month by independent auditors.';
    return at >= text.length
      ? splice(text, quote, text.length, text.length, `\n\n${filler}`)
      : splice(text, quote, at, at, `${filler}\n\n`);
  },
  'paragraph removed elsewhere': (text, quote, random) => {
    const others = paragraphs(text).filter((p) => p.end < quote.start - 2 || p.start > quote.end + 2);
    const gone = pick(others, random);
    if (!gone) return null;
    return gone.end + 2 <= text.length
      ? splice(text, quote, gone.start, gone.end + 2, '')
      : splice(text, quote, gone.start - 2, gone.end, '');
  },
  'word changed next to the quote': (text, quote, random) =>
    changeWord(
      text,
      quote,
      [...words(text, Math.max(0, quote.start - 32), quote.start), ...words(text, quote.end, quote.end + 32)],
      random,
      false,
    ),
  'one word changed inside': (text, quote, random) =>
    changeWord(text, quote, words(text, quote.start, quote.end), random, true),
  'quote removed': (text, quote) => splice(text, null, quote.start, quote.end, ''),
};

/** Right place: same offsets for an exact match, 80% overlap (intersection over union) for a fuzzy one. */
function isRight(result: AnchorResult, expected: Span | null): boolean {
  if (result.status === 'orphan' || expected === null) return false;
  if (result.status === 'exact') return result.start === expected.start && result.end === expected.end;
  const overlap = Math.min(result.end, expected.end) - Math.max(result.start, expected.start);
  const union = Math.max(result.end, expected.end) - Math.min(result.start, expected.start);
  return overlap / union >= 0.8;
}

const percentile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

interface Tally {
  cases: number;
  right: number;
  wrong: number;
  orphan: number;
  exact: number;
  fuzzy: number;
  /** Fuzzy matches in the right place whose start and end are exactly the expected ones. */
  fuzzyExactBounds: number;
  times: number[];
}

function run(texts: string[]): Map<string, Tally> {
  const random = mulberry32(SEED);
  const tallies = new Map(
    Object.keys(SCENARIOS).map((name) => [
      name,
      {
        cases: 0,
        right: 0,
        wrong: 0,
        orphan: 0,
        exact: 0,
        fuzzy: 0,
        fuzzyExactBounds: 0,
        times: [] as number[],
      },
    ]),
  );
  for (const text of texts) {
    const pool = candidateQuotes(text);
    for (let n = 0; n < QUOTES_PER_TEXT && pool.length > 0; n++) {
      const quote = pool.splice(Math.floor(random() * pool.length), 1)[0];
      if (!quote) break;
      const selectors = describeRange(text, quote.start, quote.end);
      for (const [name, scenario] of Object.entries(SCENARIOS)) {
        const edited = scenario(text, quote, random);
        const tally = tallies.get(name);
        if (!edited || !tally) continue;
        const before = performance.now();
        const result = anchor(edited.text, selectors);
        tally.times.push(performance.now() - before);
        tally.cases++;
        if (result.status === 'orphan') tally.orphan++;
        else {
          tally[result.status]++;
          if (isRight(result, edited.expected)) tally.right++;
          else tally.wrong++;
          const bounds = edited.expected;
          if (result.status === 'fuzzy' && result.start === bounds?.start && result.end === bounds.end) {
            tally.fuzzyExactBounds++;
          }
        }
      }
    }
  }
  return tallies;
}

function report(tallies: Map<string, Tally>): boolean {
  const pct = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;
  const rows = [...tallies].map(([name, t]) => {
    const sorted = [...t.times].sort((a, b) => a - b);
    return [
      name,
      String(t.cases),
      pct(t.right, t.cases),
      pct(t.wrong, t.cases),
      pct(t.orphan, t.cases),
      `${t.exact}/${t.fuzzy}`,
      t.fuzzy === 0 ? '-' : pct(t.fuzzyExactBounds, t.fuzzy),
      percentile(sorted, 0.5).toFixed(3),
      percentile(sorted, 0.95).toFixed(3),
    ];
  });
  const header = [
    'scenario',
    'cases',
    'right',
    'wrong',
    'orphan',
    'exact/fuzzy',
    'fuzzy bounds exact',
    'median ms',
    'p95 ms',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  console.log([line(header), ...rows.map(line)].join('\n'));

  const share = (name: string, key: 'right' | 'orphan') => {
    const t = tallies.get(name);
    return t ? t[key] / Math.max(1, t.cases) : 0;
  };
  const goals: [string, boolean][] = [
    ['no wrong placements', [...tallies.values()].every((t) => t.wrong === 0)],
    [
      '100% right with edits elsewhere',
      [
        'unchanged',
        'paragraph inserted elsewhere',
        'paragraph removed elsewhere',
        'word changed next to the quote',
      ].every((n) => share(n, 'right') === 1),
    ],
    ['>= 95% right with one word changed inside', share('one word changed inside', 'right') >= 0.95],
    ['removed quotes orphaned', share('quote removed', 'orphan') === 1],
  ];
  for (const [goal, met] of goals) console.log(`${met ? 'met    ' : 'MISSED '} ${goal}`);
  return goals.every(([, met]) => met);
}

const { source, texts } = loadTexts();
if (texts.length === 0) {
  console.log(
    `anchoring bench: no article texts found (looked in ${source}); set FACTMARK_SHARED. Skipping.`,
  );
} else {
  console.log(
    `anchoring bench: ${texts.length} texts from ${source}, ${QUOTES_PER_TEXT} quotes each, seed ${SEED}`,
  );
  if (!report(run(texts))) process.exitCode = 1;
}
