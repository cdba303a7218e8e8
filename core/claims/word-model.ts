/**
 * A hashed word model: per-bucket weights added to the signals' logit for languages that had
 * labelled training data (English). The weights ship as base64 of signed bytes, each byte
 * times `scale`, which keeps the generated file small.
 *
 * Invariants: decoding is done once per model and cached; a sentence's contribution is the
 * model's bias plus the weights of its distinct buckets (see `word-hash.ts`).
 */
import { hashedWordFeatures } from './word-hash';

export interface WordModel {
  /** Added to the logit of every sentence scored with this model. */
  bias: number;
  /** Number of hash buckets; the decoded weights have exactly this length. */
  buckets: number;
  /** Multiplier turning a stored signed byte into a weight. */
  scale: number;
  /** Base64 of `buckets` signed bytes. */
  weights: string;
}

const decoded = new WeakMap<WordModel, Int8Array>();

function weightsOf(model: WordModel): Int8Array {
  let weights = decoded.get(model);
  if (!weights) {
    const bytes = Uint8Array.from(atob(model.weights), (char) => char.charCodeAt(0));
    weights = new Int8Array(bytes.buffer);
    if (weights.length !== model.buckets)
      throw new Error(`word model: ${weights.length} weights, expected ${model.buckets}`);
    decoded.set(model, weights);
  }
  return weights;
}

/** The word model's contribution to the logit of `sentence` (apostrophes already normalised). */
export function wordLogit(sentence: string, model: WordModel): number {
  const weights = weightsOf(model);
  let sum = model.bias;
  for (const bucket of hashedWordFeatures(sentence, model.buckets))
    sum += (weights[bucket] ?? 0) * model.scale;
  return sum;
}

/** Encodes weights as a `WordModel`, quantised to signed bytes (used by the training script). */
export function encodeWordModel(bias: number, weights: Float64Array): WordModel {
  const largest = weights.reduce((max, w) => Math.max(max, Math.abs(w)), 0) || 1;
  const scale = largest / 127;
  const bytes = Int8Array.from(weights, (w) => Math.round(w / scale));
  let binary = '';
  for (const byte of new Uint8Array(bytes.buffer)) binary += String.fromCharCode(byte);
  return { bias, buckets: weights.length, scale, weights: btoa(binary) };
}
