/**
 * Figure captions. The caption of a still image credits or describes a picture, and the
 * benchmark pages' article texts leave it out; the caption under a video is often the only lead
 * of a video story (its first sentence), so it stays.
 *
 * Decided on the live page, where the figure still holds its player: Readability drops iframes
 * and embeds from its copy.
 */
import type { Block } from './blocks';

/** What plays: a video element, an embedded player, or a container named for one. */
const PLAYER = 'video, iframe, embed, object, [class*="video" i], [class*="player" i], [data-video-id]';

/** Whether something that plays sits inside `element`. */
export function holdsPlayer(element: Element): boolean {
  return element.querySelector(PLAYER) !== null;
}

/** Whether `block` is the caption of a still image (to be left out of the article text). */
export function isStillImageCaption(block: Block): boolean {
  if (!block.caption) return false;
  const figure = block.pieces[0]?.node.parentElement?.closest('figure');
  return !figure || !holdsPlayer(figure);
}
