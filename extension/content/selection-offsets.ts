/**
 * Turns the reader's selection into article offsets, trimmed of surrounding white space; null
 * when the selection is empty or does not start and end inside the article text.
 */
import { offsetForPoint } from '../../core/article/text-range';
import type { ExtractedArticle } from '../../core/article/types';

export function selectionOffsets(
  article: ExtractedArticle,
  selection: Selection,
): { start: number; end: number } | null {
  if (selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (range.startContainer.nodeType !== Node.TEXT_NODE || range.endContainer.nodeType !== Node.TEXT_NODE)
    return null;
  const start = offsetForPoint(article, range.startContainer as Text, range.startOffset);
  const end = offsetForPoint(article, range.endContainer as Text, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  const slice = article.text.slice(start, end);
  const leading = slice.length - slice.trimStart().length;
  const trailing = slice.length - slice.trimEnd().length;
  return end - trailing > start + leading ? { start: start + leading, end: end - trailing } : null;
}
