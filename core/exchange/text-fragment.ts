/**
 * Links that open a page scrolled to a passage, with the passage highlighted: URL text
 * fragments (`#:~:text=`, WICG Scroll to Text Fragment). A long passage is given by its first
 * and last words (`textStart,textEnd`) to keep the link short; browsers without support just
 * open the page.
 */

/** Passages with more words than this are linked by their first and last EDGE_WORDS words. */
const MAX_WHOLE_WORDS = 12;
const EDGE_WORDS = 5;

/** `url` without its fragment, pointing at `passage`. */
export function textFragmentUrl(url: string, passage: string): string {
  const words = passage
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== '');
  const directive =
    words.length <= MAX_WHOLE_WORDS
      ? encodeTextDirective(words.join(' '))
      : `${encodeTextDirective(words.slice(0, EDGE_WORDS).join(' '))},${encodeTextDirective(words.slice(-EDGE_WORDS).join(' '))}`;
  const base = url.split('#', 1)[0] ?? url;
  return `${base}#:~:text=${directive}`;
}

/** Percent-encodes text for a text directive, including the `-`, `,` and `&` it reserves. */
function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/gu, '%2D');
}
