/**
 * Turns the reader's selection into article offsets, trimmed of surrounding white space; null
 * when the selection is empty or holds no article text. A selection inside the page's headline
 * is a passage of the title (`selectedPassage`).
 *
 * Selections come in every shape: a triple-clicked paragraph ends at offset 0 of the next block
 * (an element, not a text node), a drag may start in the page's menu or end in its footer. A
 * boundary outside the article text snaps forward to the next article text (offsetForPoint); an
 * end with no article text after it is the end of the article.
 */
import { headlineSelection } from '../../core/article/headline-ranges';
import { offsetForPoint } from '../../core/article/text-range';
import type { ExtractedArticle } from '../../core/article/types';
import type { Passage } from '../../core/messaging/page-state';

/** Whether the DOM point comes after the article's last text (so the article's end is before it). */
function afterArticle(article: ExtractedArticle, node: Node, offset: number): boolean {
  const last = article.segments.at(-1);
  if (!last || last.node.ownerDocument !== (node.ownerDocument ?? node)) return false;
  const point = last.node.ownerDocument.createRange();
  point.setStart(node, offset);
  // comparePoint is -1 when the last segment's end lies before the (collapsed) point.
  return point.comparePoint(last.node, last.nodeOffset + (last.end - last.start)) < 0;
}

export function selectionOffsets(
  article: ExtractedArticle,
  selection: Selection,
): { start: number; end: number } | null {
  if (selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = offsetForPoint(article, range.startContainer, range.startOffset);
  const end =
    offsetForPoint(article, range.endContainer, range.endOffset) ??
    (afterArticle(article, range.endContainer, range.endOffset) ? article.text.length : null);
  if (start === null || end === null || end <= start) return null;
  const slice = article.text.slice(start, end);
  const leading = slice.length - slice.trimStart().length;
  const trailing = slice.length - slice.trimEnd().length;
  return end - trailing > start + leading ? { start: start + leading, end: end - trailing } : null;
}

/**
 * The selected passage: of the title when the selection lies inside the page's headline (and the
 * article text does not hold that headline), else of the text.
 */
export function selectedPassage(
  doc: Document,
  article: ExtractedArticle,
  selection: Selection,
): Passage | null {
  if (selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const inText = article.segments.some((segment) => segment.node === range.startContainer);
  const inTitle = inText ? null : headlineSelection(doc, article.title, range);
  return inTitle ? { ...inTitle, place: 'title' } : selectionOffsets(article, selection);
}
