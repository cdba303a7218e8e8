/**
 * A document's text as the HTML parser would see it again: the page is serialised in the content
 * script and re-parsed in the extension (see portable-article.ts), and the two documents must
 * agree on "the n-th piece of text". Raw text nodes do not: scripts leave empty text nodes and
 * split text into adjacent nodes, which re-parsing drops and merges. So the unit of text is a
 * *text unit*: a maximal run of adjacent sibling text nodes, empty ones ignored, in document order.
 *
 * `<noscript>` is left out: a page with scripting on holds its content as one raw text node, a
 * parser with scripting off (DOMParser) builds elements from it, so its text cannot be matched.
 * It is never article text (Readability drops it too).
 */

/** `NodeFilter.SHOW_TEXT` and `Node.TEXT_NODE`, spelled out: the core does not rely on DOM globals. */
const SHOW_TEXT = 4;
const TEXT_NODE = 3;

export interface TextUnits {
  /** The text nodes of each unit, in document order; none is empty. */
  readonly units: readonly (readonly Text[])[];
}

/** Where a text node sits in its unit. */
export interface UnitPosition {
  unit: number;
  /** Offset of the node's first character in the unit's text. */
  offset: number;
}

/** Cuts `doc`'s text into units, linear in its text-node count (one native tree walk). */
export function textUnits(doc: Document): TextUnits {
  const units: Text[][] = [];
  const walker = doc.createTreeWalker(doc, SHOW_TEXT);
  // The last text node seen (empty ones included) and whether it continues the last unit.
  let previous: Node | null = null;
  let joinable = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.parentNode?.nodeName === 'NOSCRIPT') {
      joinable = false;
      continue;
    }
    const sibling = text.previousSibling;
    const continues: boolean =
      joinable && sibling !== null && sibling === previous && sibling.nodeType === TEXT_NODE;
    previous = text;
    if (text.data === '') {
      joinable = continues;
      continue;
    }
    if (continues && units.length > 0) (units[units.length - 1] as Text[]).push(text);
    else units.push([text]);
    joinable = true;
  }
  return { units };
}

/** The text of one unit. */
export function unitText(units: TextUnits, index: number): string {
  const nodes = units.units[index];
  if (!nodes) return '';
  return nodes.length === 1 ? (nodes[0] as Text).data : nodes.map((node) => node.data).join('');
}

/** Each text node's unit and offset in it. */
export function unitPositions(units: TextUnits): Map<Text, UnitPosition> {
  const positions = new Map<Text, UnitPosition>();
  units.units.forEach((nodes, unit) => {
    let offset = 0;
    for (const node of nodes) {
      positions.set(node, { unit, offset });
      offset += node.data.length;
    }
  });
  return positions;
}
