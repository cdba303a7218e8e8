/**
 * The article's title: Readability's, unless the page shows only a part of it as its headline.
 * Readability keeps a `<title>` such as "Diario HOY | Darán bendición a vehículos este sábado"
 * whole when the part before the separator is short, and then no heading of the page holds the
 * title: its claims could not be marked in the page (./headline-ranges.ts), and exports would
 * name the site with the story.
 *
 * Invariant: the title changes only to the longest of its separator-split parts, and only when the
 * whole title is not a headline of the page and that part is one (`findHeadline`). The longest
 * part, because a site's name is usually the shorter one and is itself often a heading (a blog's
 * `<h1>` logo).
 */
import { findHeadline } from './headline-ranges';

/** " | ", " - ", " – ", " — ", " · ", " : ": separators between a page's title and its site's name. */
const SEPARATOR = /\s+[-|–—·:]\s+/u;

/** The title to give the article found in `doc`, from Readability's `parsedTitle`. */
export function articleTitle(doc: Document, parsedTitle: string | null | undefined): string {
  const title = parsedTitle?.trim() || doc.title.trim();
  const parts = title.split(SEPARATOR);
  if (parts.length < 2 || findHeadline(doc, title)) return title;
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a)).trim();
  return findHeadline(doc, longest) ? longest : title;
}
