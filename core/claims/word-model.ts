/**
 * A hashed text model: per-bucket weights (see `word-hash.ts`) added to the signals' logit for
 * languages that had labelled training data (English). Only the buckets the training kept
 * ship, as base64 of: for each bucket in increasing order, the gap from the previous one as an
 * unsigned LEB128 varint; then one signed byte per bucket, each byte times `scale`.
 *
 * Invariants: decoding is done once per model, lazily (only English sentences need it), and
 * cached; a sentence's contribution is the model's bias plus value × weight over its distinct
 * buckets; absent buckets weigh 0.
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

/** A decoded model: bucket numbers in increasing order; their bytes stay in `binary`. */
interface Decoded {
  buckets: Int32Array;
  binary: string;
  /** Where the bytes start in `binary`. */
  bytesAt: number;
}

const decoded = new WeakMap<WordModel, Decoded>();

/**
 * Decodes `model`'s buckets once, in one pass over the base64-decoded string into a typed array,
 * and reads its signed bytes from that string on lookup: no per-entry allocation and no hash
 * table, since building a 30k-entry `Map` dominated the first English sentence's cost.
 */
function decode(model: WordModel): Decoded {
  const cached = decoded.get(model);
  if (cached) return cached;
  const binary = atob(model.weights);
  const buckets = new Int32Array(model.count);
  let at = 0;
  let bucket = 0;
  let n = 0;
  while (n < model.count && at < binary.length) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = binary.charCodeAt(at++);
      gap += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    bucket += gap;
    buckets[n++] = bucket;
  }
  if (n !== model.count || binary.length - at !== model.count || bucket >= HASH_SPACE)
    throw new Error(`word model: corrupt weights (${n} of ${model.count} buckets)`);
  const result = { buckets, binary, bytesAt: at };
  decoded.set(model, result);
  return result;
}

/** The stored byte of `bucket` (0 when absent), by binary search over the sorted buckets. */
function byteOf({ buckets, binary, bytesAt }: Decoded, bucket: number): number {
  let low = 0;
  let high = buckets.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = buckets[middle] ?? 0;
    if (found === bucket) return (binary.charCodeAt(bytesAt + middle) << 24) >> 24;
    if (found < bucket) low = middle + 1;
    else high = middle - 1;
  }
  return 0;
}

/** The word model's contribution to the logit of `sentence` (apostrophes already normalised). */
export function wordLogit(sentence: string, model: WordModel): number {
  const weights = decode(model);
  let sum = model.bias;
  for (const [bucket, value] of sentenceFeatures(sentence))
    sum += byteOf(weights, bucket) * model.scale * value;
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
