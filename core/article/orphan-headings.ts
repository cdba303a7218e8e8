/**
 * A heading left with nothing under it: the last block of the body, or followed at once by a
 * heading of its own rank or above (an h3 by an h3 or an h2). What it headed was dropped (a
 * "More on this" link list, a teaser box), so it heads nothing of the article. A heading followed
 * by a lower-ranked one (an h2 by its first h3) heads that sub-section and stays. The first block
 * is kept (the article's own title may stand alone above a body that starts with a sub-heading).
 */
import type { Block } from './blocks';

/** 1 to 6 for h1 to h6; null for any other block. */
const rankOf = (block: Block) => (/^h[1-6]$/.test(block.tag) ? Number(block.tag[1]) : null);

export function dropOrphanHeadings(blocks: readonly Block[]): Block[] {
  return blocks.filter((block, i) => {
    const rank = rankOf(block);
    if (i === 0 || rank === null) return true;
    const next = blocks[i + 1];
    if (next === undefined) return false;
    const nextRank = rankOf(next);
    return nextRank === null || nextRank > rank;
  });
}
