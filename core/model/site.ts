/**
 * What "site" means everywhere in Factmark: the host name, lower case, without `www.`.
 * Throws on a string that is not an absolute URL: callers hold validated URLs.
 */
export function siteOf(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}
