/**
 * Bare URLs: a block that is only a web address, maybe behind a short label ("Listen:
 * https://…"). Alone among prose it is a share or source link the page printed out, not text
 * to read, and is dropped. Two or more in a row are a list the author wrote (references, a
 * collection of links: sometimes the article itself), and all stay.
 *
 * Invariant: only blocks that are bare URLs are dropped, and only those with no bare-URL
 * neighbour; the order of the others is kept.
 */
import type { Block } from './blocks';

/** Longest block taken for a bare URL (a URL with a long query string). */
const MAX_LENGTH = 300;

const BARE_URL = /^(?:[\p{L} ]{1,20}:\s*)?https?:\/\/\S+$/iu;

function isBareUrl(block: Block | undefined): boolean {
  return (
    block !== undefined &&
    block.text.length <= MAX_LENGTH &&
    block.text.includes('://') &&
    BARE_URL.test(block.text)
  );
}

/** `blocks` without the bare URLs that stand alone. */
export function dropLoneUrls(blocks: readonly Block[]): Block[] {
  return blocks.filter(
    (block, i) => !isBareUrl(block) || isBareUrl(blocks[i - 1]) || isBareUrl(blocks[i + 1]),
  );
}
