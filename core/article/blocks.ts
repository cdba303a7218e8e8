/**
 * Turns the content element Readability picked into blocks of text: one block per paragraph-like
 * element (p, li, h1–h6, blockquote, td, figcaption…) or per run of inline content between them,
 * and a block break at every <br>. Inside a block, runs of HTML whitespace collapse to one space
 * and the block is trimmed.
 *
 * Each block keeps its pieces: a piece is a maximal run of a live text node's `data` copied
 * verbatim into the block text (non-whitespace separated by single U+0020 spaces), so that
 * `block.text.slice(piece.start, piece.end) === piece.node.data.slice(piece.nodeOffset, …)`.
 * Collapsed whitespace (newlines, tabs, double spaces, the space between two nodes) belongs to no
 * piece. Text of clone nodes with no live original (made up by Readability) is left out.
 */

/** A verbatim run of one live text node inside a block's text. */
interface Piece {
  node: Text;
  start: number;
  end: number;
  nodeOffset: number;
}

export interface Block {
  text: string;
  pieces: Piece[];
  /** Lower-case tag of the element that opened the block (`p`, `li`, `h2`…), `''` for loose text. */
  tag: string;
  /** How many of the block's characters sit inside links. */
  linkLength: number;
  /** Whether the block sits inside a <figcaption>. */
  caption: boolean;
}

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'caption',
]);

/**
 * Elements whose text is never article text. An <svg> is not one of them, only the SVG elements
 * that hold its own text (labels, titles, definitions): an <svg> left unclosed swallows the text
 * that follows it (plain text and links in a browser, everything up to the end in happy-dom),
 * and that text is the article's. A ruby's annotation (`<rt>`, the reading set above a Japanese
 * or Chinese word) and its fallback parentheses (`<rp>`) are not article text either: with them,
 * "子ども" read "子こども", and neither a claim nor a quote of the sentence matched its words.
 */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'text',
  'title',
  'desc',
  'defs',
  'symbol',
  'metadata',
  'foreignObject',
  'math',
  'button',
  'select',
  'textarea',
  'iframe',
  'object',
  'canvas',
  'rt',
  'rp',
]);

/** The runs of non-whitespace joined by single spaces: each becomes one piece. */
const VERBATIM_RUN = /[^ \t\n\f\r]+(?: [^ \t\n\f\r]+)*/g;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Splits `root` into blocks; `liveOf` maps a clone text node to its live original. */
export function collectBlocks(root: Element, liveOf: (text: Text) => Text | null): Block[] {
  const blocks: Block[] = [];
  let text = '';
  let pieces: Piece[] = [];
  let tag = '';
  let pendingSpace = false;
  let linkLength = 0;
  // Open <a> and <figcaption> elements around the walk's position.
  let linkDepth = 0;
  let captionDepth = 0;

  const flush = (nextTag: string) => {
    if (text.length > 0) blocks.push({ text, pieces, tag, linkLength, caption: captionDepth > 0 });
    text = '';
    pieces = [];
    pendingSpace = false;
    linkLength = 0;
    tag = nextTag;
  };

  const enter = (name: string, delta: 1 | -1) => {
    if (name === 'a') linkDepth += delta;
    else if (name === 'figcaption') captionDepth += delta;
  };

  const addText = (cloneNode: Text) => {
    const data = cloneNode.data;
    VERBATIM_RUN.lastIndex = 0;
    let match = VERBATIM_RUN.exec(data);
    if (!match) {
      if (data.length > 0) pendingSpace = true;
      return;
    }
    const live = liveOf(cloneNode);
    if (!live) return;
    let previousEnd = 0;
    while (match) {
      if (text.length > 0 && (pendingSpace || match.index > previousEnd)) text += ' ';
      pendingSpace = false;
      const start = text.length;
      text += match[0];
      pieces.push({ node: live, start, end: text.length, nodeOffset: match.index });
      if (linkDepth > 0) linkLength += match[0].length;
      previousEnd = match.index + match[0].length;
      match = VERBATIM_RUN.exec(data);
    }
    if (previousEnd < data.length) pendingSpace = true;
  };

  // Iterative walk: enter/leave events without recursion.
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      addText(node as Text);
    } else if (node.nodeType === ELEMENT_NODE) {
      const name = (node as Element).localName;
      if (name === 'br') flush(tag);
      else if (!SKIP_TAGS.has(name)) {
        if (BLOCK_TAGS.has(name)) flush(name);
        descend = node.firstChild !== null;
      }
    }
    if (descend) {
      enter((node as Element).localName, 1);
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) break;
      const name = (node as Element).localName;
      if (BLOCK_TAGS.has(name)) flush('');
      enter(name, -1);
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  flush('');
  return blocks;
}
