/**
 * Deep-clones a document for Readability (which mutates what it parses) and remembers, for every
 * text node of the clone, the live text node it was copied from. The pairing is one parallel
 * walk of the two trees (a deep clone has the same shape), so it is linear in the node count.
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

const TEXT_NODE = 3;

/** Clones `doc` deeply and pairs each clone text node with its live original. */
export function cloneWithTextMap(doc: Document): ClonedDocument {
  const clone = doc.cloneNode(true) as Document;
  const byClone = new WeakMap<Node, Text>();
  const liveTexts: Text[] = [];
  const indexOf = new Map<Text, number>();

  // Parallel depth-first walk without recursion (deep pages overflow the stack).
  let a: Node | null = doc;
  let b: Node | null = clone;
  while (a && b) {
    if (a.nodeType === TEXT_NODE) {
      byClone.set(b, a as Text);
      indexOf.set(a as Text, liveTexts.length);
      liveTexts.push(a as Text);
    }
    if (a.firstChild && b.firstChild) {
      a = a.firstChild;
      b = b.firstChild;
      continue;
    }
    while (a && b && !a.nextSibling && a !== doc) {
      a = a.parentNode;
      b = b.parentNode;
    }
    if (!a || a === doc) break;
    a = a.nextSibling;
    b = b?.nextSibling ?? null;
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
      const live = byClone.get(cloneText);
      if (live) {
        const index = indexOf.get(live) ?? cursor;
        used.add(index);
        cursor = index;
        return live;
      }
      return fallback(cloneText);
    },
  };
}
