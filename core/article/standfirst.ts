/**
 * The standfirst: the lead paragraph many news pages set above the body, outside the element
 * Readability picks. The page's own summary (`og:description`, then `<meta name=description>`)
 * usually repeats it word for word, which tells it from any other text before the body. Some
 * pages cut the summary short ("… al..."), or set the standfirst as a list of points; so text is
 * compared without its white space (list items join without any), and a summary ending in an
 * ellipsis need only start the standfirst (at most three times its length: a lead, not a page).
 *
 * Invariants: it adds at most one element's blocks, only when that element's whole text is a
 * summary (or starts with a cut one), it comes before the article's first block in the page
 * without holding it, and the article does not already hold that text. Blocks come from the live
 * page, so segments stay exact.
 *
 * Trade-off (`npm run bench:extraction`): on the article-snippets VALIDATION pages, kept 87.8 %
 * to 89.7 % and left out 88.8 % to 88.5 %; article-body F1 0.960 to 0.959 there, as some
 * benchmark truths leave the standfirst out. We count it as article text. Cut summaries, the
 * second summary and lists (session 16): TUNE kept 92.9 → 93.1 %, VALIDATION kept 92.1 → 92.3 %
 * and F1 0.968 → 0.969, left out unchanged on both.
 */
import { type Block, collectBlocks } from './blocks';
import { squashSpace } from '../text/squash-space';

/** A summary shorter than this is a tagline ("News from the valley"), not a standfirst (not tuned). */
const MIN_LENGTH = 60;

/** Text with every white space removed: list items and lines join without one. */
const bare = (text: string) => text.replace(/\s+/gu, '');

/** The page's summaries (`og:description`, `<meta name=description>`), whitespace removed. */
function summariesOf(doc: Document): string[] {
  const metas = [
    doc.querySelector('meta[property="og:description" i]'),
    doc.querySelector('meta[name="description" i]'),
  ];
  const found = metas
    .map((meta) => squashSpace(meta?.getAttribute('content') ?? ''))
    .filter((summary) => summary.length >= MIN_LENGTH);
  return [...new Set(found.map(bare))];
}

/** A summary cut short ("…", "..."): what is left of it, to be the start of the standfirst. */
const ELLIPSIS = /(?:\.\.\.|…)$/u;

/** `blocks` with the standfirst in front when the page has one the blocks miss. */
export function withStandfirst(doc: Document, blocks: readonly Block[]): Block[] {
  const first = blocks[0]?.pieces[0]?.node;
  if (!first || !doc.body) return [...blocks];
  // The article's blocks, white space removed, read once for every summary.
  const held = blocks.map((block) => bare(block.text));
  const texts = new Map<Element, string>();
  const textOf = (element: Element) => {
    const known = texts.get(element);
    if (known !== undefined) return known;
    const text = bare(element.textContent ?? '');
    texts.set(element, text);
    return text;
  };
  for (const summary of summariesOf(doc)) {
    const cut = ELLIPSIS.test(summary);
    const wanted = summary.replace(ELLIPSIS, '');
    // A standfirst the summary was cut from is longer than it, but not an article's length.
    const matches = (text: string) =>
      cut ? text.startsWith(wanted) && text.length <= 3 * wanted.length : text === wanted;
    if (held.some((text) => text.includes(wanted))) return [...blocks];
    for (const element of doc.body.querySelectorAll('p, h2, div, span, ul, ol')) {
      if (!matches(textOf(element))) continue;
      // The deepest such element: none of its element children matches too.
      if ([...element.children].some((child) => matches(textOf(child)))) continue;
      // Before the body, and not holding it (following: 4, contained: 16).
      if ((element.compareDocumentPosition(first) & 20) !== 4) break;
      return [...collectBlocks(element, (text) => text), ...blocks];
    }
  }
  return [...blocks];
}
