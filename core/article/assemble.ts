/**
 * Joins the kept blocks into the article text and its segments: blocks separated by "\n\n",
 * every block piece shifted into a `TextSegment`. Linear in the number of pieces.
 *
 * Invariant: for every segment, `text.slice(s.start, s.end) ===
 * s.node.data.slice(s.nodeOffset, s.nodeOffset + s.end - s.start)`, segments are in text order
 * and do not overlap; the characters no segment covers are the "\n\n" block separators and the
 * single spaces that stand for collapsed whitespace.
 */
import type { Block } from './blocks';
import type { TextSegment } from './types';

const BLOCK_SEPARATOR = '\n\n';

/** Article text and segments from `blocks`, in order. */
export function assemble(blocks: readonly Block[]): { text: string; segments: TextSegment[] } {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let offset = 0;
  for (const block of blocks) {
    if (parts.length > 0) {
      parts.push(BLOCK_SEPARATOR);
      offset += BLOCK_SEPARATOR.length;
    }
    parts.push(block.text);
    for (const piece of block.pieces) {
      segments.push({
        node: piece.node,
        start: offset + piece.start,
        end: offset + piece.end,
        nodeOffset: piece.nodeOffset,
      });
    }
    offset += block.text.length;
  }
  return { text: parts.join(''), segments };
}
