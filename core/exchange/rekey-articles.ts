/**
 * An imported file's word on an article's identity is not trusted: each incoming article is
 * filed under its URL, normalised as a page's own address is (`normaliseUrl`), with the id and
 * site that URL gives (`articleIdFor`, `siteOf`), exactly as a fact-check saved on that page
 * would be. So a file cannot put its records under an article id that belongs to another page,
 * and annotations imported from another tool land on the same article as later fact-checks of
 * that page. `storedIdOf` lets the caller keep the id an article already has in storage (a
 * record written before ids were derived this way).
 *
 * Invariants: every output article's id is its URL's (or the stored one for that URL); claims
 * and fact-checks follow their article's new id; two incoming articles with one URL become one
 * (the later `updatedAt` wins).
 */
import { normaliseUrl } from '../article/canonical-url';
import { articleIdFor } from '../model/ids';
import type { ArticleRecord } from '../model/fact-check';
import { siteOf } from '../model/site';
import type { FactmarkBundle } from './bundle';

export async function rekeyArticlesByUrl(
  bundle: FactmarkBundle,
  storedIdOf: (url: string) => Promise<string | undefined> = async () => undefined,
): Promise<FactmarkBundle> {
  const newIdOf = new Map<string, string>();
  const byId = new Map<string, ArticleRecord>();
  for (const article of bundle.articles) {
    const url = normaliseUrl(article.url);
    const id = (await storedIdOf(url)) ?? (await articleIdFor(url));
    newIdOf.set(article.id, id);
    const rekeyed: ArticleRecord = { ...article, id, url, site: siteOf(url) };
    const seen = byId.get(id);
    if (!seen || Date.parse(rekeyed.updatedAt) > Date.parse(seen.updatedAt)) byId.set(id, rekeyed);
  }
  const idOf = (articleId: string) => newIdOf.get(articleId) ?? articleId;
  return {
    articles: [...byId.values()],
    claims: bundle.claims.map((claim) => ({ ...claim, articleId: idOf(claim.articleId) })),
    factChecks: bundle.factChecks.map((factCheck) => ({
      ...factCheck,
      articleId: idOf(factCheck.articleId),
    })),
    dismissals: (bundle.dismissals ?? []).map((mark) => ({ ...mark, articleId: idOf(mark.articleId) })),
    articleVersions: (bundle.articleVersions ?? []).map((version) => ({
      ...version,
      articleId: idOf(version.articleId),
    })),
    // Saved published fact-checks hang on no article.
    publishedReviews: bundle.publishedReviews ?? [],
  };
}
