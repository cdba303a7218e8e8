/**
 * Clicking inside a highlighted claim selects it. Highlights are not elements, so the click's
 * point is turned into a text position (caretPositionFromPoint, or caretRangeFromPoint where
 * only that exists), which the page session places in the article's text or its headline. Both
 * snap to the nearest text when the point is in a margin, so the click counts only when it lands
 * on the glyph at the caret (or just before it): a click beside the article, meant to close the
 * card, opens nothing.
 */

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if ('caretPositionFromPoint' in doc) {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = (doc as Document).caretRangeFromPoint(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** Whether (x, y) is on the character after or before the caret in `node`. */
function onGlyph(node: Text, offset: number, x: number, y: number): boolean {
  const range = node.ownerDocument.createRange();
  for (const [from, to] of [
    [offset, offset + 1],
    [offset - 1, offset],
  ] as const) {
    if (from < 0 || to > node.length) continue;
    range.setStart(node, from);
    range.setEnd(node, to);
    for (const rect of range.getClientRects()) {
      if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
    }
  }
  return false;
}

/**
 * The text point under a click, or null when the click was not on text: on Factmark's own UI
 * (whose events reach the document retargeted to its host), beside the text, or while text is
 * being selected. The page session tells which passage, if any, is there (`passageAtPoint`).
 */
export function textPointAt(doc: Document, event: MouseEvent): { node: Text; offset: number } | null {
  if (event.target instanceof Element && event.target.closest('[data-factmark]')) return null;
  const selection = doc.getSelection();
  if (selection && !selection.isCollapsed) return null;
  const caret = caretAt(doc, event.clientX, event.clientY);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  if (!onGlyph(caret.node as Text, caret.offset, event.clientX, event.clientY)) return null;
  return { node: caret.node as Text, offset: caret.offset };
}
