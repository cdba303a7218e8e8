/**
 * Blocks inside a box whose class or id names what it is: a newsletter or membership prompt, a
 * disclaimer or (affiliate) disclosure, an author box, a comment area or its login, or the
 * caption of a still image laid out without `<figcaption>` ("wp-caption",
 * "featured-image-caption"). Readability keeps such boxes when they sit inside the article's
 * element, and their text reads like the article's (whole sentences, few links), so the block
 * classifier keeps them too; the box's name is the evidence. Names are read with `-` and `_`
 * removed ("news-letter-box", "author_box"), which the classifier's tokens split apart.
 *
 * Only the few elements nearest the block are read, and a box holding a large share of the
 * article is never dropped: a site that wraps its whole story in "subscriber-content" or
 * "comment-article" keeps it. A caption box beside a video stays, as a video's `<figcaption>`
 * does (./captions.ts): it is often the story's only lead.
 */
import type { Block } from './blocks';
import { holdsPlayer } from './captions';

/**
 * Stems, matched anywhere in an element's joined class and id ("commentary", an opinion piece's
 * box, is not a comment area). Chosen on the TUNE pages (README, #12).
 */
const BOX_NAME =
  /newsletter|disclaimer|disclosure|affiliate|subscri|membership|linkbox|postmetadata|authorbox|authorbio|aboutauthor|authorinfo|kommentar|comment(?!ary)|login|copyright/u;
/** "bio" only as a whole token: as a stem it would take "biology", "biography" sections. */
const BIO_TOKEN = /(?:^|[^a-z0-9])bio(?:$|[^a-z0-9])/u;
/** A caption box, left out as a still image's `<figcaption>` is (README, #12: chosen on TUNE pages). */
const CAPTION = /caption/u;
/**
 * How many elements up from a block are read: the box is usually the block's parent or
 * grandparent; higher up are the article's own wrappers, whose names say little.
 */
const DEPTH = 4;
/** The largest share of the body's characters a named box may hold and still be dropped. */
const MAX_BOX_SHARE = 1 / 3;

/** Whether `box`, named a caption, captions a video: its figure, or else its parent, holds a player. */
function isVideoCaption(box: Element): boolean {
  const around = box.closest('figure') ?? box.parentElement;
  return around !== null && holdsPlayer(around);
}

/** The nearest element within DEPTH whose name says it is not the article's text, or null. */
function boxOf(block: Block): Element | null {
  let element = block.pieces[0]?.node.parentElement ?? null;
  for (let level = 0; element && level < DEPTH; level++, element = element.parentElement) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
    if (BOX_NAME.test(names.replace(/[-_]/g, '')) || BIO_TOKEN.test(names)) return element;
    if (CAPTION.test(names) && !isVideoCaption(element)) return element;
  }
  return null;
}

/** `blocks` without those inside a named box that holds a small share of them. */
export function dropNamedBoxes(blocks: readonly Block[]): Block[] {
  const boxes = blocks.map(boxOf);
  const total = blocks.reduce((sum, block) => sum + block.text.length, 0);
  const inBox = new Map<Element, number>();
  blocks.forEach((block, i) => {
    const box = boxes[i];
    if (box) inBox.set(box, (inBox.get(box) ?? 0) + block.text.length);
  });
  return blocks.filter((_, i) => {
    const box = boxes[i];
    return !box || (inBox.get(box) ?? 0) > MAX_BOX_SHARE * total;
  });
}
