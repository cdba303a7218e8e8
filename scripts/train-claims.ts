/**
 * Trains the claim scorer's weights on CLEF CheckThat! 2024 Task 1 (English) and writes
 * `core/claims/weights.ts`. Run with `npm run train:claims`.
 *
 * Data discipline: `train.tsv` is carved into `fit` (trains), `validation` (tunes thresholds,
 * regularisation and feature choices) and `sealed` (about 10%, chosen by sentence id, never
 * used for any decision: `tests/bench/claims-ct24.ts` reports it once). `dev.tsv` is only
 * ever measured, by the bench. Only derived weights are written, never sentences.
 *
 * Also exports the data loading, splitting, training and measuring helpers the bench shares.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { type LanguageModel, modelLogit } from '../core/claims/language-model';
import { en } from '../core/claims/lang/en';
import { profileFor } from '../core/claims/lang/profiles';
import { SIGNALS, type SignalId } from '../core/claims/lang/types';
import { findSignals, normaliseApostrophes } from '../core/claims/signals';
import { HASH_SPACE, sentenceFeatures } from '../core/claims/word-hash';
import { encodeWordModel } from '../core/claims/word-model';
import { mulberry32 } from '../tests/bench/lib/mulberry32';
import { calibrated, fitPlatt, foldCalibration, type Platt } from './claims/calibrate';
import { loadCt24French, loadFrenchPages, loadNewsFrench } from './claims/french-data';
import { trainFrench } from './claims/train-french';
import { writeWeights } from './claims/write-weights';

export interface Example {
  id: string;
  text: string;
  label: 0 | 1;
}

/**
 * One training row: indices of its features, their values (1 when absent: binary features),
 * a fixed logit offset, its label.
 */
export interface Sample {
  features: readonly number[];
  values?: readonly number[];
  offset: number;
  label: 0 | 1;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The shared folder: `$FACTMARK_SHARED`, else `../shared` beside the repository. */
export function sharedDir(): string {
  return process.env.FACTMARK_SHARED ?? resolve(REPO_ROOT, '..', 'shared');
}

/** The CT24 folder: `$FACTMARK_SHARED/corpus/claims/ct24-en` or `../shared/…` beside the repo. */
export function ct24Dir(): string | undefined {
  const shared = sharedDir();
  const dir = join(shared, 'corpus', 'claims', 'ct24-en');
  return existsSync(join(dir, 'train.tsv')) ? dir : undefined;
}

/**
 * Reads a CT24 TSV (`Sentence_id`, `Text`, `class_label`; fields may be double-quoted).
 * The redistributed train.tsv has one missing line break (`No29286<TAB>…`): restored here.
 */
export function loadCt24(file: string): Example[] {
  const text = readFileSync(file, 'utf8').replace(/\t(Yes|No)(\d+)\t/g, '\t$1\n$2\t');
  const { data, errors } = Papa.parse<Record<string, string>>(text, {
    header: true,
    delimiter: '\t',
    skipEmptyLines: true,
  });
  if (errors.length > 0) throw new Error(`${file}: ${errors[0]?.message} (row ${errors[0]?.row})`);
  return data.map((row) => ({
    id: row.Sentence_id ?? '',
    text: row.Text ?? '',
    label: row.class_label === 'Yes' ? 1 : 0,
  }));
}

/** Splits train.tsv: `sealed` = ids ending in 7 (~10%); of the rest, the last 20% validate. */
export function carveSplits(rows: readonly Example[]): Record<'fit' | 'validation' | 'sealed', Example[]> {
  const sealed = rows.filter((row) => row.id.endsWith('7'));
  const open = rows.filter((row) => !row.id.endsWith('7'));
  const cut = Math.floor(open.length * 0.8);
  return { fit: open.slice(0, cut), validation: open.slice(cut), sealed };
}

/**
 * L2-regularised logistic regression on sparse features by AdaGrad SGD.
 * Returns the bias and one weight per feature index below `dims`.
 */
export function fitLogistic(
  samples: readonly Sample[],
  dims: number,
  { l2 = 1e-4, epochs = 12, rate = 0.1 }: { l2?: number; epochs?: number; rate?: number } = {},
): { bias: number; weights: Float64Array } {
  const weights = new Float64Array(dims);
  const squares = new Float64Array(dims).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  const order = samples.map((_, i) => i);
  const next = mulberry32(42);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const index of order) {
      const sample = samples[index];
      if (!sample) continue;
      const { features, values } = sample;
      let logit = bias + sample.offset;
      features.forEach((f, i) => {
        logit += (weights[f] ?? 0) * (values?.[i] ?? 1);
      });
      const error = 1 / (1 + Math.exp(-logit)) - sample.label;
      biasSquares += error * error;
      bias -= (rate * error) / Math.sqrt(biasSquares);
      features.forEach((f, i) => {
        const gradient = error * (values?.[i] ?? 1) + l2 * (weights[f] ?? 0);
        squares[f] = (squares[f] ?? 0) + gradient * gradient;
        weights[f] = (weights[f] ?? 0) - (rate * gradient) / Math.sqrt(squares[f] ?? 1);
      });
    }
  }
  return { bias, weights };
}

export interface Measure {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 of the positive class when `score ≥ threshold` means positive. */
export function measure(scores: readonly number[], labels: readonly number[], threshold: number): Measure {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  scores.forEach((score, i) => {
    const positive = score >= threshold;
    if (positive && labels[i] === 1) tp++;
    else if (positive) fp++;
    else if (labels[i] === 1) fn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { threshold, precision, recall, f1 };
}

/** The threshold (one of 0.01…0.99) with the best F1 on these scores. */
export function bestThreshold(scores: readonly number[], labels: readonly number[]): Measure {
  let best = measure(scores, labels, 0.5);
  for (let t = 0.01; t < 1; t += 0.01) {
    const m = measure(scores, labels, t);
    if (m.f1 > best.f1) best = m;
  }
  return best;
}

/** Signal indices (positions in `SIGNALS`) firing on an English sentence. */
export function signalFeatures(text: string): number[] {
  return findSignals(text, en).map((signal) => SIGNALS.indexOf(signal));
}

/**
 * A bucket is learnt only if it occurs in at least this many `fit` sentences; rarer ones keep
 * weight 0 and do not ship. On validation 2 and 3 tied (F1 0.698) and 5 lost 0.002, while each
 * step up shrinks the shipped model; 1 keeps every one-off name and figure and overfits.
 */
export const MIN_SENTENCES = 3;
/** Word-model training: AdaGrad rate and passes chosen on validation; more passes overfit. */
const WORD_TRAINING = { l2: 1e-5, rate: 0.05, epochs: 6 };

/** The word model's training rows: its features, values and the signal logit as offset. */
function wordSamples(rows: readonly Example[], offset: (text: string) => number): Sample[] {
  const featureSets = rows.map((row) => sentenceFeatures(normaliseApostrophes(row.text)));
  const sentencesWith = new Map<number, number>();
  for (const features of featureSets)
    for (const bucket of features.keys()) sentencesWith.set(bucket, (sentencesWith.get(bucket) ?? 0) + 1);
  return rows.map((row, i) => {
    const kept = [...(featureSets[i] ?? [])].filter(([b]) => (sentencesWith.get(b) ?? 0) >= MIN_SENTENCES);
    return {
      features: kept.map(([bucket]) => bucket),
      values: kept.map(([, value]) => value),
      offset: offset(row.text),
      label: row.label,
    };
  });
}
/**
 * Weights not learnt: debate transcripts hold no page furniture ("Read more", "Click here"),
 * so the data cannot price these signals. Fixed strongly negative so that on a web page they
 * outweigh any two positive signals; a real claim starting "Share…" is the (rare) casualty.
 * Calibration then scales them with every other weight.
 */
export const FIXED_WEIGHTS: Partial<Record<SignalId, number>> = { boilerplate: -3, 'call-to-action': -3 };

/** The signal model has 20-odd weights and cannot overfit 16k rows: barely regularised. */
const SIGNAL_TRAINING = { l2: 1e-4 };

const round = (x: number) => Number(x.toFixed(4));

/** The signal-only model trained on English `fit` rows (uncalibrated). */
function trainSignals(fit: readonly Example[]): LanguageModel {
  const samples = fit.map((row): Sample => {
    const features = signalFeatures(row.text);
    const fixed = features.map((f) => FIXED_WEIGHTS[SIGNALS[f] ?? 'figure']);
    return {
      features: features.filter((_, i) => fixed[i] === undefined),
      offset: fixed.reduce<number>((sum, w) => sum + (w ?? 0), 0),
      label: row.label,
    };
  });
  const model = fitLogistic(samples, SIGNALS.length, SIGNAL_TRAINING);
  const signals = Object.fromEntries(
    SIGNALS.map((s, i) => [s, round(FIXED_WEIGHTS[s] ?? model.weights[i] ?? 0)]),
  ) as Record<SignalId, number>;
  return { bias: model.bias, signals };
}

/** Platt scaling and the F1 threshold from `rows`, folded into `model`; with their measure. */
function calibrate(model: LanguageModel, rows: readonly Example[], lang: string) {
  const logits = rows.map((row) =>
    modelLogit(model, row.text, lang, findSignals(row.text, profileFor(lang))),
  );
  const labels = rows.map((row) => row.label);
  const platt = fitPlatt(logits, labels);
  const tuned = bestThreshold(
    logits.map((z) => calibrated(platt, z)),
    labels,
  );
  return { model: foldCalibration(model, platt, tuned.threshold), platt, tuned };
}

const show = (name: string, m: Measure, platt: Platt) =>
  console.log(
    `${name.padEnd(30)} F1 ${m.f1.toFixed(3)}  P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}  @ ${m.threshold.toFixed(2)}  (Platt slope ${platt.slope.toFixed(3)}, offset ${platt.offset.toFixed(3)})`,
  );

function main(): void {
  const dir = ct24Dir();
  if (!dir) {
    console.log('train-claims: CT24 data not found (set FACTMARK_SHARED); nothing to do.');
    return;
  }
  const { fit, validation } = carveSplits(loadCt24(join(dir, 'train.tsv')));
  console.log(`fit ${fit.length} rows, validation ${validation.length} rows (sealed split untouched)`);

  // Fallback (languages without a model): English signal weights alone.
  const signalsOnly = trainSignals(fit);
  const fallback = calibrate(signalsOnly, validation, 'en');
  show('signals only (en val)', fallback.tuned, fallback.platt);

  // English: the signals' logit is the word model's offset.
  const signalLogit = (text: string) => modelLogit(signalsOnly, text, 'en', findSignals(text, en));
  const wordModel = fitLogistic(wordSamples(fit, signalLogit), HASH_SPACE, WORD_TRAINING);
  // Calibrated on the quantised model, exactly as it ships.
  const english = calibrate(
    { ...signalsOnly, word: encodeWordModel(wordModel.bias, wordModel.weights) },
    validation,
    'en',
  );
  show('signals + words (en val)', english.tuned, english.platt);

  // French: signals + concepts, English fit rows and French tuning rows together.
  const frenchTune = [
    ...loadCt24French('tune'),
    ...loadNewsFrench('tune', loadFrenchPages(sharedDir())).rows,
  ];
  const french = trainFrench(fit, frenchTune, FIXED_WEIGHTS, bestThreshold);
  const frenchTuned = measure(
    french.outOfFold.map((z) => calibrated(french.platt, z)),
    frenchTune.map((row) => row.label),
    french.threshold,
  );
  show('signals + concepts (fr tune, OOF)', frenchTuned, french.platt);
  const concepts = Object.entries(french.raw.concepts ?? {}).sort((a, b) => b[1] - a[1]);
  const list = (entries: Array<[string, number]>) =>
    entries.map(([c, w]) => `${c} ${w.toFixed(2)}`).join(', ');
  console.log(`  strongest concepts: ${list(concepts.slice(0, 12))}`);
  console.log(`  weakest concepts:   ${list(concepts.slice(-12))}`);

  writeWeights({
    fallback: fallback.model,
    en: english.model,
    fr: foldCalibration(french.raw, french.platt, french.threshold),
    notes: {
      fallback: fallback.tuned,
      en: english.tuned,
      fr: frenchTuned,
      minSentences: MIN_SENTENCES,
      frenchRows: frenchTune.length,
    },
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
