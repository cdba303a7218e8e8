/**
 * A hashed text model: per-bucket weights (see `word-hash.ts`) added to the signals' logit for
 * languages that had labelled training data (English). Only the buckets the training kept
 * ship, as base64 of: for each bucket in increasing order, the gap from the previous one as an
 * unsigned LEB128 varint; then one signed byte per bucket, each byte times `scale`.
 *
 * Invariants: decoding is done once per model and cached; a sentence's contribution is the
 * model's bias plus value × weight over its distinct buckets; absent buckets weigh 0.
 */
import { HASH_SPACE, sentenceFeatures } from './word-hash';

export interface WordModel {
  /** Added to the logit of every sentence scored with this model. */
  bias: number;
  /** Number of stored (non-zero) buckets. */
  count: number;
  /** Multiplier turning a stored signed byte into a weight. */
  scale: number;
  /** Base64 of `count` varint bucket gaps followed by `count` signed bytes. */
  weights: string;
}

const decoded = new WeakMap<WordModel, Map<number, number>>();

function weightsOf(model: WordModel): Map<number, number> {
  let weights = decoded.get(model);
  if (weights) return weights;
  const bytes = Uint8Array.from(atob(model.weights), (char) => char.charCodeAt(0));
  const buckets: number[] = [];
  let at = 0;
  let bucket = 0;
  while (buckets.length < model.count && at < bytes.length) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[at++] ?? 0;
      gap += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    bucket += gap;
    buckets.push(bucket);
  }
  if (buckets.length !== model.count || bytes.length - at !== model.count || bucket >= HASH_SPACE)
    throw new Error(`word model: corrupt weights (${buckets.length} of ${model.count} buckets)`);
  const signed = new Int8Array(bytes.buffer, at);
  weights = new Map(buckets.map((b, i) => [b, (signed[i] ?? 0) * model.scale]));
  decoded.set(model, weights);
  return weights;
}

/** The word model's contribution to the logit of `sentence` (apostrophes already normalised). */
export function wordLogit(sentence: string, model: WordModel): number {
  const weights = weightsOf(model);
  let sum = model.bias;
  for (const [bucket, value] of sentenceFeatures(sentence)) sum += (weights.get(bucket) ?? 0) * value;
  return sum;
}

/**
 * Encodes weights (one per bucket of the hash space) as a `WordModel`, quantised to signed
 * bytes; buckets whose byte rounds to 0 are left out. Used by the training script.
 */
export function encodeWordModel(bias: number, weights: Float64Array): WordModel {
  const largest = weights.reduce((max, w) => Math.max(max, Math.abs(w)), 0) || 1;
  const scale = largest / 127;
  const gaps: number[] = [];
  const bytes: number[] = [];
  let previous = 0;
  weights.forEach((w, bucket) => {
    const byte = Math.round(w / scale);
    if (byte === 0) return;
    for (let gap = bucket - previous; ; gap = Math.floor(gap / 128)) {
      gaps.push(gap >= 128 ? (gap % 128) | 0x80 : gap);
      if (gap < 128) break;
    }
    bytes.push(byte & 0xff);
    previous = bucket;
  });
  let binary = '';
  for (const byte of [...gaps, ...bytes]) binary += String.fromCharCode(byte);
  return { bias, count: bytes.length, scale, weights: btoa(binary) };
}
