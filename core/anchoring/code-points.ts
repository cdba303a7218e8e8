/**
 * Converts offsets in a string between UTF-16 code units (JavaScript string indices) and Unicode
 * code points (what W3C TextPositionSelector counts).
 *
 * Invariants: a surrogate pair (an astral character such as an emoji) is one code point and two
 * UTF-16 units; a lone surrogate counts as one code point, as in `[...text]`. A UTF-16 offset
 * that falls between the two halves of a pair counts the whole pair (it rounds up). Offsets are
 * clamped to the string, because a stored position may outlive the text it was measured on.
 */

/** Converts offsets both ways for one text; build once, use for many offsets. */
export interface OffsetConverter {
  /** Code points before the UTF-16 offset `utf16` (a pair split by `utf16` counts as before it). */
  toCodePoints(utf16: number): number;
  /** UTF-16 offset where the code point numbered `codePoints` starts (text length past the end). */
  toUtf16(codePoints: number): number;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair in `text`. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHigh(text.charCodeAt(offset - 1)) &&
    isLow(text.charCodeAt(offset))
  );
}

/** Number of entries of the ascending array `values` that are below `limit` (binary search). */
function countBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] ?? Number.POSITIVE_INFINITY) < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

function checkInteger(value: number, name: string): void {
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be an integer, got ${value}`);
}

/**
 * Indexes the surrogate pairs of `text` once (O(n)); each conversion is then O(log pairs), O(1)
 * for text without astral characters. Throws RangeError for non-integer offsets.
 */
export function offsetConverter(text: string): OffsetConverter {
  // UTF-16 offsets of the high half of every pair, ascending.
  const pairStarts: number[] = [];
  // Code point offset of every pair: pairStarts[k] - k, also ascending.
  const pairCodePoints: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
      pairCodePoints.push(i - pairStarts.length);
      pairStarts.push(i);
      i++;
    }
  }
  const totalCodePoints = text.length - pairStarts.length;
  return {
    toCodePoints(utf16) {
      checkInteger(utf16, 'UTF-16 offset');
      const offset = Math.min(Math.max(utf16, 0), text.length);
      // A pair counts as one code point as soon as its high half is before the offset, so only
      // the pairs that end before the offset (start <= offset - 2) lose their second unit.
      return offset - countBelow(pairStarts, offset - 1);
    },
    toUtf16(codePoints) {
      checkInteger(codePoints, 'code point offset');
      const offset = Math.min(Math.max(codePoints, 0), totalCodePoints);
      return offset + countBelow(pairCodePoints, offset);
    },
  };
}

/** Code point offset of the UTF-16 offset `utf16` in `text` (see {@link offsetConverter}). */
export function toCodePoints(text: string, utf16: number): number {
  return offsetConverter(text).toCodePoints(utf16);
}

/** UTF-16 offset of the code point offset `codePoints` in `text` (see {@link offsetConverter}). */
export function toUtf16(text: string, codePoints: number): number {
  return offsetConverter(text).toUtf16(codePoints);
}
