/**
 * Converts between stored rows and exchange records: derived index fields are dropped on the way
 * out and recomputed on the way in, so an export never carries them and an import never trusts
 * them.
 */
import type { FactmarkBundle } from '../core/exchange/bundle';
import type { ClaimRecord, FactCheckRecord } from '../core/model/fact-check';
import type { StoredArticle, StoredClaim, StoredFactCheck } from '../core/model/stored-records';
import { factCheckSearchFields } from './search-fields';

export function claimRecord(row: StoredClaim): ClaimRecord {
  const {
    id,
    articleId,
    text,
    quote,
    position,
    place,
    origin,
    score,
    createdAt,
    checkedFingerprint,
    checkedAt,
  } = row;
  return {
    id,
    articleId,
    text,
    quote,
    position,
    ...(place === undefined ? {} : { place }),
    origin,
    score,
    createdAt,
    ...(checkedFingerprint === undefined ? {} : { checkedFingerprint }),
    ...(checkedAt === undefined ? {} : { checkedAt }),
  };
}

export function factCheckRecord(row: StoredFactCheck): FactCheckRecord {
  const { id, claimId, articleId, verdict, sources, note, tags, author, createdAt, updatedAt } = row;
  return {
    id,
    claimId,
    articleId,
    verdict,
    sources,
    note,
    tags,
    ...(author === undefined ? {} : { author }),
    createdAt,
    updatedAt,
  };
}

/** The rows to store for a bundle: claims not yet placed on a visit, fact-checks with index fields. */
export function rowsFor(
  bundle: FactmarkBundle,
  claimsById: ReadonlyMap<string, ClaimRecord>,
  articlesById: ReadonlyMap<string, StoredArticle>,
): { articles: StoredArticle[]; claims: StoredClaim[]; factChecks: StoredFactCheck[] } {
  return {
    articles: bundle.articles,
    claims: bundle.claims.map((claim) => ({ ...claim, anchorStatus: 'unknown' })),
    factChecks: bundle.factChecks.map((factCheck) => ({
      ...factCheck,
      ...factCheckSearchFields(
        factCheck,
        claimsById.get(factCheck.claimId),
        articlesById.get(factCheck.articleId),
      ),
    })),
  };
}
