/**
 * The URL an article is filed under: the page's canonical URL (link rel=canonical, then og:url,
 * then the address it was loaded from), normalised so that the same article read from a
 * newsletter, a social network or a search engine gets the same key.
 *
 * Invariants of `normaliseUrl`: idempotent; no fragment; lower-case host; no default port;
 * no tracking parameters; the remaining parameters sorted by name (stable for equal names).
 * Inputs that are not http(s) URLs come back unchanged.
 */
import { siteOf } from '../model/site';

/** Parameter names that only track where a reader came from. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'mc_cid',
  'mc_eid',
  'igshid',
  'igsh',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'ref_src',
  'ref_url',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'wickedid',
  'mkt_tok',
  'ncid',
  'cmpid',
  'xtor',
  'spm',
  'sr_share',
  'ito',
  'smid',
]);

/** Prefixes of whole families of tracking parameters (utm_source, pk_campaign, …). */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'at_'];

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

function parseHttp(url: string, base?: string): URL | null {
  if (!URL.canParse(url, base)) return null;
  const parsed = new URL(url, base);
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
}

/** Normalises an http(s) URL: see the module comment. Other strings are returned as given. */
export function normaliseUrl(url: string): string {
  const parsed = parseHttp(url.trim());
  if (!parsed) return url;
  parsed.hash = '';
  // URL already lower-cases the host and drops the scheme's default port.
  const kept = [...parsed.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  parsed.search = new URLSearchParams(kept).toString();
  return parsed.href;
}

/**
 * The page's canonical URL, normalised: `<link rel="canonical">`, else `og:url`, else
 * `fallbackUrl`. Relative canonicals resolve against `fallbackUrl`; non-http(s) ones are ignored,
 * and so are canonicals on another site than the page's own (`siteOf`): a page cannot file itself
 * under another site's article and so be shown, or write to, the reader's fact-checks of it. A
 * syndicated copy is filed under its own address.
 */
export function canonicalUrl(doc: Document, fallbackUrl: string): string {
  const ownSite = parseHttp(fallbackUrl) ? siteOf(fallbackUrl) : null;
  const candidates = [
    doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url" i][content]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const parsed = parseHttp(candidate.trim(), parseHttp(fallbackUrl)?.href);
    // A page of no site (a file read by the CLI) has no reader data to guard: its word is taken.
    if (parsed && (ownSite === null || siteOf(parsed.href) === ownSite)) return normaliseUrl(parsed.href);
  }
  return normaliseUrl(fallbackUrl);
}
