/**
 * A heading left with nothing under it: the last block of the body, or followed at once by
 * another heading. What it headed was dropped (a "More on this" link list, a teaser box), so it
 * heads nothing of the article. The first block is kept (the article's own title may stand
 * alone above a body that starts with a sub-heading).
 */
import type { Block } from './blocks';

const isHeading = (block: Block) => /^h[1-6]$/.test(block.tag);

export function dropOrphanHeadings(blocks: readonly Block[]): Block[] {
  return blocks.filter((block, i) => {
    if (i === 0 || !isHeading(block)) return true;
    const next = blocks[i + 1];
    return next !== undefined && !isHeading(next);
  });
}
