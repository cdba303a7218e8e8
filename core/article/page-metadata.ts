/**
 * Metadata Readability does not always find: the publication time from the page's own markup
 * when JSON-LD and meta tags are missing, and the site name from og:site_name / application-name.
 * Reads the live document only; never mutates it.
 */

/** Selectors tried in order after Readability's JSON-LD / meta result; first non-empty wins. */
const PUBLISHED_SOURCES: Array<[selector: string, attribute: string]> = [
  ['meta[property="article:published_time" i]', 'content'],
  ['meta[itemprop="datePublished" i]', 'content'],
  ['[itemprop="datePublished" i][datetime]', 'datetime'],
  ['meta[name="date" i]', 'content'],
  ['time[datetime]', 'datetime'],
];

/** The article's publication time as written by the page (not reformatted), or null. */
export function publishedTimeOf(doc: Document, fromReadability: string | null | undefined): string | null {
  const known = fromReadability?.trim();
  if (known) return known;
  for (const [selector, attribute] of PUBLISHED_SOURCES) {
    const value = doc.querySelector(selector)?.getAttribute(attribute)?.trim();
    if (value) return value;
  }
  return null;
}

/** The site's name: Readability's value, else og:site_name, else application-name, else null. */
export function siteNameOf(doc: Document, fromReadability: string | null | undefined): string | null {
  const value =
    fromReadability?.trim() ||
    doc.querySelector('meta[property="og:site_name" i]')?.getAttribute('content')?.trim() ||
    doc.querySelector('meta[name="application-name" i]')?.getAttribute('content')?.trim();
  return value || null;
}
