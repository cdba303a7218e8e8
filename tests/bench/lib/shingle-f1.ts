/**
 * The article-extraction benchmark's measure (Scrapinghub, `evaluate.py`), ported to TypeScript:
 * words are maximal runs of Unicode letters, digits and `_` (Python 3's `\w+`), shingles are
 * 4-word windows (a text shorter than 4 words is one shingle), each page gets tp/fp/fn over the
 * two shingle multisets normalised by their sum, precision and recall are averaged over pages
 * (precision only over pages that predicted something), and F1 comes from the two averages.
 */

/** Per-page counts, normalised so that they sum to 1 (or all 0 when both texts are empty). */
export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface ShingleScores {
  precision: number;
  recall: number;
  f1: number;
}

/** Python 3's `\w` is Unicode-aware: letters, numbers and underscore. */
const WORD = /[\p{L}\p{N}_]+/gu;

/** The multiset of `n`-word shingles of `text`. */
export function shingles(text: string, n = 4): Map<string, number> {
  const words = text.match(WORD) ?? [];
  const counts = new Map<string, number>();
  const last = Math.max(1, words.length - n + 1);
  for (let i = 0; i < last; i++) {
    const window = words.slice(i, i + n);
    if (window.length === 0) continue;
    const key = window.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** tp/fp/fn of `predicted` against `truth`, normalised by their sum. */
export function shingleMatch(truth: string, predicted: string, n = 4): ShingleCounts {
  const want = shingles(truth, n);
  const got = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, g] of got) {
    const w = want.get(key) ?? 0;
    tp += Math.min(w, g);
    fp += Math.max(0, g - w);
  }
  for (const [key, w] of want) fn += Math.max(0, w - (got.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precisionOf({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Averages over pages exactly as the benchmark does. */
export function scoreAll(pages: ShingleCounts[]): ShingleScores {
  const precision = mean(pages.filter((p) => p.tp + p.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((p) => p.tp + p.fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
