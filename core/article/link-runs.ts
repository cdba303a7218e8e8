/**
 * Navigation that Readability lets through: runs of consecutive short blocks that are (almost)
 * all link text — menus, tag lists, "more stories" lists. A single link-only line is left alone
 * (it may be a real paragraph that links its source); only runs are dropped.
 *
 * A line that shows a web address ("[1] http://…", "www.example.org") is a reference the author
 * wrote out, never a menu entry (menus show words): it is not link-like, so a list of references
 * or of bare links stays, and breaks any run it sits in.
 */
import type { Block } from './blocks';

/** A block is link-like when this share of its text is inside links. */
const LINK_SHARE = 0.8;
/** …and it is this short (headline-sized); longer linked blocks are often real paragraphs. */
const MAX_LINK_BLOCK = 120;
/** Runs shorter than this survive: two linked lines in a row are common in real articles. */
const MIN_RUN = 3;

/** A web address written out in the text. */
const ADDRESS = /:\/\/|\bwww\./i;

function isLinkLike(block: Block): boolean {
  return (
    block.text.length <= MAX_LINK_BLOCK &&
    block.linkLength >= LINK_SHARE * block.text.length &&
    !ADDRESS.test(block.text)
  );
}

/** `blocks` without runs of at least `MIN_RUN` consecutive link-like blocks. */
export function dropLinkRuns(blocks: readonly Block[]): Block[] {
  const kept: Block[] = [];
  let run: Block[] = [];
  const endRun = () => {
    if (run.length < MIN_RUN) kept.push(...run);
    run = [];
  };
  for (const block of blocks) {
    if (isLinkLike(block)) run.push(block);
    else {
      endRun();
      kept.push(block);
    }
  }
  endRun();
  return kept;
}
