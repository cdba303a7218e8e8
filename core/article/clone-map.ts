/**
 * Deep-clones a document for Readability (which mutates what it parses) and remembers, for every
 * text node of the clone, the live text node it was copied from. A deep clone has the same shape
 * as its original, so the n-th text node of one is the copy of the n-th of the other: two native
 * text-only tree walkers in lockstep pair them, linear in the text-node count (a JS walk over
 * every node's firstChild/nextSibling cost more than the clone itself on large pages).
 *
 * Invariant: `liveOf(cloneText)` returns a Text of the live document whose `data` equals the
 * clone node's `data` at clone time, or null. Identity survives Readability moving nodes around;
 * when Readability re-creates nodes (it resets `body.innerHTML` between its retry passes) the
 * fallback pairs the new node with the first unused live text node of equal data after the
 * previously paired one, which keeps document order.
 */

export interface ClonedDocument {
  clone: Document;
  /** The live text node a clone text node stands for, or null (text Readability made up). */
  liveOf(cloneText: Text): Text | null;
}

/** `NodeFilter.SHOW_TEXT`, spelled out: the core does not rely on DOM globals. */
const SHOW_TEXT = 4;

/** Clones `doc` deeply and pairs each clone text node with its live original. */
export function cloneWithTextMap(doc: Document): ClonedDocument {
  const clone = doc.cloneNode(true) as Document;
  // Clone text node → index of its live original in `liveTexts` (document order).
  const indexOf = new Map<Node, number>();
  const liveTexts: Text[] = [];
  const liveWalker = doc.createTreeWalker(doc, SHOW_TEXT);
  const cloneWalker = clone.createTreeWalker(clone, SHOW_TEXT);
  for (let a = liveWalker.nextNode(), b = cloneWalker.nextNode(); a && b; ) {
    indexOf.set(b, liveTexts.length);
    liveTexts.push(a as Text);
    a = liveWalker.nextNode();
    b = cloneWalker.nextNode();
  }

  let byData: Map<string, number[]> | null = null;
  const used = new Set<number>();
  let cursor = -1;

  const fallback = (cloneText: Text): Text | null => {
    if (!byData) {
      byData = new Map();
      for (let i = 0; i < liveTexts.length; i++) {
        const data = (liveTexts[i] as Text).data;
        const list = byData.get(data);
        if (list) list.push(i);
        else byData.set(data, [i]);
      }
    }
    const candidates = byData.get(cloneText.data);
    if (!candidates) return null;
    const next = candidates.find((i) => i > cursor && !used.has(i)) ?? candidates.find((i) => !used.has(i));
    if (next === undefined) return null;
    used.add(next);
    cursor = next;
    return liveTexts[next] ?? null;
  };

  return {
    clone,
    liveOf(cloneText) {
      const index = indexOf.get(cloneText);
      if (index === undefined) return fallback(cloneText);
      used.add(index);
      cursor = index;
      return liveTexts[index] ?? null;
    },
  };
}
