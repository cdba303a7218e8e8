/**
 * Finds a sentence of the article's title in the live page's headline, for highlighting: the
 * extracted text does not hold the title, so its offsets cannot place it. The headline is the
 * first `h1`, `[itemprop=headline]` or `h2` whose text is the title (white space collapsed),
 * outside navigation and asides; the sentence is then found in its text nodes. The other way,
 * a selection inside the headline becomes offsets into the title (`headlineSelection`).
 *
 * Invariants: ranges never leave the headline element; text in `<script>`/`<style>` is skipped;
 * empty when the page has no such headline or the headline does not hold the sentence.
 */
import { squashSpace } from '../text/squash-space';

const CANDIDATES = 'h1, [itemprop="headline"], h2';
const FURNITURE = 'nav, aside, footer, [role="navigation"], [role="complementary"]';

/** Whether `node` is in an element that may be the headline: a cheap test before `findHeadline`. */
export function inHeadlineCandidate(node: Node): boolean {
  return node.parentElement?.closest(CANDIDATES) != null;
}

/** The page's headline element showing `title`, or null. */
export function findHeadline(doc: Document, title: string): Element | null {
  const wanted = squashSpace(title);
  if (wanted === '') return null;
  for (const element of Array.from(doc.querySelectorAll(CANDIDATES))) {
    if (element.closest(FURNITURE)) continue;
    if (squashSpace(element.textContent ?? '') === wanted) return element;
  }
  return null;
}

/** A character of the element's collapsed text, and where it sits in a text node. */
interface Point {
  node: Text;
  offset: number;
}

/** The element's text with white space collapsed, and the text-node point of each character. */
function collapsedText(element: Element): { text: string; points: Point[] } {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  const points: Point[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.closest('script, style')) continue;
    for (let offset = 0; offset < node.data.length; offset++) {
      const char = node.data[offset] as string;
      const space = /\s/.test(char);
      if (space && (text === '' || text.endsWith(' '))) continue;
      text += space ? ' ' : char;
      points.push({ node, offset });
    }
  }
  return { text, points };
}

/**
 * Ranges covering `title[start, end)` in the headline: the title's white space is collapsed as
 * the headline's is, so each offset finds its own character there (a phrase the title repeats is
 * found where it is meant, not at its first occurrence). Empty when no headline shows the title.
 */
export function headlineRanges(doc: Document, title: string, start: number, end: number): Range[] {
  const headline = findHeadline(doc, title);
  if (!headline || start >= end) return [];
  const { points } = collapsedText(headline);
  const indexes = squashedIndexes(title);
  // The first squashed character at or after each offset of the title.
  const from = indexes.findIndex((index) => index >= start);
  const to = indexes.findIndex((index) => index >= end);
  const ranges: Range[] = [];
  let range: Range | null = null;
  let last: Point | null = null;
  for (const point of points.slice(from, to)) {
    if (!range || point.node !== last?.node) {
      if (range && last) range.setEnd(last.node, last.offset + 1);
      range = doc.createRange();
      range.setStart(point.node, point.offset);
      ranges.push(range);
    }
    last = point;
  }
  if (range && last) range.setEnd(last.node, last.offset + 1);
  return ranges;
}

/** For each character of `squashSpace(title)`, its index in `title`; then `title.length`. */
function squashedIndexes(title: string): number[] {
  const indexes: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < title.length; i++) {
    if (/\s/.test(title[i] as string)) {
      if (pendingSpace < 0 && indexes.length > 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0) indexes.push(pendingSpace);
    pendingSpace = -1;
    indexes.push(i);
  }
  indexes.push(title.length);
  return indexes;
}

/**
 * The offsets into `title` of what `range` selects inside the page's headline, trimmed of white
 * space; null when it starts outside the headline, ends past it on other text, or selects nothing
 * but space.
 */
export function headlineSelection(
  doc: Document,
  title: string,
  range: Range,
): { start: number; end: number } | null {
  const headline = findHeadline(doc, title);
  if (!headline?.contains(range.startContainer)) return null;
  let [endNode, endOffset]: [Node, number] = [range.endContainer, range.endOffset];
  if (!headline.contains(endNode)) {
    // A triple-clicked headline ends at the start of the next block: nothing but space beyond it.
    const beyond = doc.createRange();
    beyond.setStart(headline, headline.childNodes.length);
    beyond.setEnd(endNode, endOffset);
    if (beyond.toString().trim() !== '') return null;
    [endNode, endOffset] = [headline, headline.childNodes.length];
  }
  const { text, points } = collapsedText(headline);
  // The first character at or after each end of the range.
  const first = (node: Node, offset: number) => {
    const boundary = doc.createRange();
    boundary.setStart(node, offset);
    const index = points.findIndex((point) => boundary.comparePoint(point.node, point.offset) >= 0);
    return index < 0 ? text.length : index;
  };
  let start = first(range.startContainer, range.startOffset);
  let end = first(endNode, endOffset);
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  if (end <= start) return null;
  const indexes = squashedIndexes(title);
  return { start: indexes[start] as number, end: (indexes[end - 1] as number) + 1 };
}
