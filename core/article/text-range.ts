/**
 * Converts between article offsets and the live page: `rangesForOffsets` gives the DOM Ranges
 * that show `text[start, end)` (for the CSS Custom Highlight API or a selection), and
 * `offsetForPoint` turns a DOM point (a selection's anchor or focus) back into an article offset.
 *
 * Ranges are created by the page's own document (`segment.node.ownerDocument`), one per run of
 * consecutive segments in the same text node, so the whitespace that the article text collapsed
 * inside that node is covered too, but text the article dropped (boilerplate between blocks) never
 * is. Segments are in text order and do not overlap (see assemble.ts), so lookups bisect.
 */
import type { ExtractedArticle, TextSegment } from './types';

/** Index of the first segment whose end is after `offset` (segments.length if none). */
function firstEndingAfter(segments: readonly TextSegment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((segments[mid] as TextSegment).end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Ranges in the live page covering the article text `[start, end)`, in document order.
 * Empty when the span is empty or covers only separators.
 */
export function rangesForOffsets(article: ExtractedArticle, start: number, end: number): Range[] {
  const { segments } = article;
  const ranges: Range[] = [];
  if (start >= end) return ranges;
  let current: { range: Range; node: Text } | null = null;
  for (let i = firstEndingAfter(segments, start); i < segments.length; i++) {
    const segment = segments[i] as TextSegment;
    if (segment.start >= end) break;
    const from = segment.nodeOffset + Math.max(start, segment.start) - segment.start;
    const to = segment.nodeOffset + Math.min(end, segment.end) - segment.start;
    if (current && current.node === segment.node) {
      current.range.setEnd(segment.node, to);
      continue;
    }
    const range = segment.node.ownerDocument.createRange();
    range.setStart(segment.node, from);
    range.setEnd(segment.node, to);
    ranges.push(range);
    current = { range, node: segment.node };
  }
  return ranges;
}

/**
 * The article offset of the DOM point (`node`, `offset`), as used by Selection and Range.
 * A point inside a segment maps exactly; a point in text the article collapsed or dropped maps to
 * the start of the next article text after it in document order. Null when no article text follows
 * the point (or the point is in another document).
 */
export function offsetForPoint(article: ExtractedArticle, node: Node, offset: number): number | null {
  const { segments } = article;
  for (const segment of segments) {
    if (segment.node !== node) continue;
    const length = segment.end - segment.start;
    if (offset < segment.nodeOffset) return segment.start;
    if (offset <= segment.nodeOffset + length) return segment.start + offset - segment.nodeOffset;
  }
  const first = segments[0];
  if (!first || first.node.ownerDocument !== (node.ownerDocument ?? node)) return null;
  const point = first.node.ownerDocument.createRange();
  point.setStart(node, offset);
  // comparePoint is 1 when the segment's start lies after the (collapsed) point.
  for (const segment of segments) {
    if (point.comparePoint(segment.node, segment.nodeOffset) >= 0) return segment.start;
  }
  return null;
}
