/**
 * An extracted article that can cross from one document to another. The extension extracts the
 * article from a re-parsed copy of the page (off the page's main thread); the content script
 * binds the result back to the live page's text nodes so highlights land where the reader looks.
 *
 * A portable segment names a text *unit* (see text-units.ts), the unit's length and an offset in
 * it instead of a node. The content script cuts the live page into units when it serialises it,
 * and binding checks every segment against those units: same unit length, same characters
 * verbatim, still in the page. When the unit at the expected index fails, the segment is looked
 * for in the units around it (re-parsing does not always give the same units: text fostered out
 * of a table, a `<noscript>` tracking pixel in `<head>` that a parser without scripting moves into
 * the body, shift the units after them). Segments are in document order, so a segment is never
 * bound before the unit the previous one was bound to. A segment found nowhere is left out: its
 * text stays in the article, it just cannot be highlighted, and binding says how many were.
 */
import { type TextUnits, unitPositions, unitText } from './text-units';
import type { ArticleMetadata, ExtractedArticle, TextSegment } from './types';

/** A run of the article text, located by text unit rather than by node. */
export interface PortableSegment {
  unit: number;
  /** Length of the unit's whole text: a live unit of another length is not this one. */
  unitLength: number;
  /** Where the run starts in the unit's text. */
  unitOffset: number;
  /** Offsets of the run in the article text. */
  start: number;
  end: number;
}

export interface PortableArticle extends ArticleMetadata {
  text: string;
  segments: PortableSegment[];
}

export interface BoundArticle {
  article: ExtractedArticle;
  /** Segments whose text was not found in the live page (0 when everything was placed). */
  unbound: number;
}

/**
 * How many units either side of the expected one binding searches. Shifts come from a few
 * mismatched nodes (a fostered table text, a merged script-built node), so the window only needs
 * to be wider than a handful; each miss costs a scan of 2 × window units.
 */
const SEARCH_WINDOW = 64;

/** `article` with its segments located by unit in `units` (the units of its own document). */
export function toPortableArticle(article: ExtractedArticle, units: TextUnits): PortableArticle {
  const positions = unitPositions(units);
  const segments: PortableSegment[] = [];
  for (const segment of article.segments) {
    const position = positions.get(segment.node);
    if (!position) continue;
    segments.push({
      unit: position.unit,
      unitLength: unitText(units, position.unit).length,
      unitOffset: position.offset + segment.nodeOffset,
      start: segment.start,
      end: segment.end,
    });
  }
  const { segments: _nodes, ...metadata } = article;
  return { ...metadata, segments };
}

/**
 * Whether live unit `index` can be the segment's: after the previous segment's end (document
 * order), still in the page, of the segment's unit length, holding `expected` at its offset.
 */
function holds(
  units: TextUnits,
  texts: Map<number, string>,
  index: number,
  after: { unit: number; offset: number },
  segment: PortableSegment,
  expected: string,
): boolean {
  if (index >= units.units.length) return false;
  if (index < after.unit || (index === after.unit && segment.unitOffset < after.offset)) return false;
  let text = texts.get(index);
  if (text === undefined) {
    const nodes = units.units[index] as readonly Text[];
    text = nodes.every((node) => node.isConnected) ? unitText(units, index) : '';
    texts.set(index, text);
  }
  return text.length === segment.unitLength && text.startsWith(expected, segment.unitOffset);
}

/** The live text segments for `[unitOffset, unitOffset + length)` of one unit (split at node edges). */
function segmentsIn(
  nodes: readonly Text[],
  unitOffset: number,
  start: number,
  length: number,
): TextSegment[] {
  const found: TextSegment[] = [];
  let nodeStart = 0;
  for (const node of nodes) {
    const nodeEnd = nodeStart + node.data.length;
    const from = Math.max(unitOffset, nodeStart);
    const to = Math.min(unitOffset + length, nodeEnd);
    if (from < to) {
      found.push({
        node,
        start: start + from - unitOffset,
        end: start + to - unitOffset,
        nodeOffset: from - nodeStart,
      });
    }
    nodeStart = nodeEnd;
  }
  return found;
}

/**
 * Binds `portable` to `units`: the live page's units, cut when the page was serialised (so they
 * match the HTML the article was found in, whatever the page did since).
 */
export function bindPortableArticle(portable: PortableArticle, units: TextUnits): BoundArticle {
  const texts = new Map<number, string>();
  const segments: TextSegment[] = [];
  let shift = 0;
  let unbound = 0;
  // Where the previous segment ended: later segments come after it.
  let after = { unit: 0, offset: 0 };
  for (const segment of portable.segments) {
    const expected = portable.text.slice(segment.start, segment.end);
    const guess = segment.unit + shift;
    const fits = (index: number) => holds(units, texts, index, after, segment, expected);
    let found = fits(guess) ? guess : -1;
    for (let distance = 1; found < 0 && distance <= SEARCH_WINDOW; distance++) {
      if (fits(guess + distance)) found = guess + distance;
      else if (fits(guess - distance)) found = guess - distance;
    }
    if (found < 0) {
      unbound++;
      continue;
    }
    after = { unit: found, offset: segment.unitOffset + expected.length };
    shift = found - segment.unit;
    const nodes = units.units[found] as readonly Text[];
    // A loop, not push(...): a page's block can hold more pieces than a call takes arguments.
    for (const piece of segmentsIn(nodes, segment.unitOffset, segment.start, expected.length))
      segments.push(piece);
  }
  const { segments: _units, ...metadata } = portable;
  return { article: { ...metadata, segments }, unbound };
}
