/**
 * The standfirst: the lead paragraph many news pages set above the body, outside the element
 * Readability picks. The page's own summary (`og:description`, else `<meta name=description>`)
 * usually repeats it word for word, which tells it from any other text before the body.
 *
 * Invariants: it adds at most one element's blocks, only when that element's whole text is the
 * summary, it comes before the article's first block in the page, and the article does not
 * already hold that text. Blocks come from the live page, so segments stay exact.
 *
 * Trade-off (`npm run bench:extraction`): on the article-snippets VALIDATION pages, kept 87.8 %
 * to 89.7 % and left out 88.8 % to 88.5 %; article-body F1 0.960 to 0.959 there, as some
 * benchmark truths leave the standfirst out. We count it as article text.
 */
import { type Block, collectBlocks } from './blocks';
import { squashSpace } from '../text/squash-space';

/** A summary shorter than this is a tagline ("News from the valley"), not a standfirst (not tuned). */
const MIN_LENGTH = 60;

function summaryOf(doc: Document): string {
  const meta =
    doc.querySelector('meta[property="og:description" i]') ?? doc.querySelector('meta[name="description" i]');
  return squashSpace(meta?.getAttribute('content') ?? '');
}

/** `blocks` with the standfirst in front when the page has one the blocks miss. */
export function withStandfirst(doc: Document, blocks: readonly Block[]): Block[] {
  const summary = summaryOf(doc);
  const first = blocks[0]?.pieces[0]?.node;
  if (summary.length < MIN_LENGTH || !first || !doc.body) return [...blocks];
  if (blocks.some((block) => block.text.includes(summary))) return [...blocks];
  for (const element of doc.body.querySelectorAll('p, h2, div, span')) {
    if (squashSpace(element.textContent ?? '') !== summary) continue;
    // The deepest such element: none of its element children carries the whole text.
    if ([...element.children].some((child) => squashSpace(child.textContent ?? '') === summary)) continue;
    if (!(element.compareDocumentPosition(first) & 4)) return [...blocks]; // not before the body
    return [...collectBlocks(element, (text) => text), ...blocks];
  }
  return [...blocks];
}
