/**
 * The review page opened on one fact-check (from the in-page card): the view is its site's
 * fact-checks searched for its claim's first words, which lists it first and alone in nearly
 * every case, and the URL's hash names its row, which the page focuses once shown.
 */
import { DEFAULT_VIEW } from './filter';
import { paramsFromView } from './url-filter';

/**
 * Words of the claim put in the search: enough to single a claim out on its site, few enough
 * that the query stays well under the 200 characters the page reads from its URL.
 */
const SEARCH_WORDS = 12;

const HASH_PREFIX = '#factcheck=';

/** The review page's query for a fact-check of `site` on `claimText`. */
export function reviewQueryAt(site: string, claimText: string): string {
  const q = claimText.split(/\s+/u).filter(Boolean).slice(0, SEARCH_WORDS).join(' ').slice(0, 200);
  return paramsFromView({ ...DEFAULT_VIEW, filter: { ...DEFAULT_VIEW.filter, site, q } }).toString();
}

/** The hash naming a fact-check's row. */
export function reviewRowHash(factCheckId: string): string {
  return `${HASH_PREFIX}${encodeURIComponent(factCheckId)}`;
}

/** The fact-check id a hash names, or null. */
export function rowFromHash(hash: string): string | null {
  if (!hash.startsWith(HASH_PREFIX)) return null;
  try {
    return decodeURIComponent(hash.slice(HASH_PREFIX.length)) || null;
  } catch {
    return null;
  }
}
