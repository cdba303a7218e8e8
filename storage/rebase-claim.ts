/**
 * The reader confirms or revises a fact-check whose text changed since it was checked: its claim
 * now quotes the passage as it reads now, so the verdict applies to that text and the claim is no
 * longer `changed`. The article versions keep the text as first checked (article-versions.ts).
 *
 * Invariant: the claim and its fact-checks' search words change in one transaction, through the
 * fact-check rows' one writer (and the article text it now quotes, when the reader's save carries
 * it: article-versions.ts).
 */
import type { ClaimRecord } from '../core/model/fact-check';
import type { StoredClaim } from '../core/model/stored-records';
import type { FactmarkTables } from './tables';
import { factCheckRowTables, putFactCheckRows } from './fact-check-rows';
import { MissingRecordError } from './missing-record';
import { factCheckSearchFields } from './search-fields';
import { assertValidRows } from './validate-rows';
import { assertNamedVersion, keepVersion, type PreparedVersion, versionTables } from './article-versions';

/**
 * Re-points a claim at its current text; answers the article's URL, for the announcement. With
 * `version`, the article text it now quotes (whose fingerprint `checked` must name) is kept in
 * the same transaction.
 */
export async function rebaseClaim(
  db: FactmarkTables,
  claimId: string,
  current: Pick<ClaimRecord, 'text' | 'quote' | 'position'>,
  checked: { fingerprint: string; at: Date },
  version?: PreparedVersion,
): Promise<string> {
  assertNamedVersion(version, checked.fingerprint, 'The claim was not revised');
  const tables = [db.articles, db.claims, ...versionTables(db, version), ...factCheckRowTables(db)];
  return db.transaction('rw', tables, async () => {
    const claim = await db.claims.get(claimId);
    if (!claim) throw new MissingRecordError(`No claim with id ${claimId}`);
    const article = await db.articles.get(claim.articleId);
    if (!article) throw new MissingRecordError(`No article with id ${claim.articleId}`);
    const { readsNow: _gone, ...rest } = claim;
    const next: StoredClaim = {
      ...rest,
      ...current,
      checkedFingerprint: checked.fingerprint,
      checkedAt: checked.at.toISOString(),
      anchorStatus: 'exact',
    };
    assertValidRows({ articles: [], claims: [next] });
    await db.claims.put(next);
    const factChecks = await db.factChecks.where('claimId').equals(claimId).toArray();
    await putFactCheckRows(
      db,
      factChecks.map((row) => ({ ...row, ...factCheckSearchFields(row, next, article) })),
    );
    if (version) await keepVersion(db, article.id, version, checked.at);
    return article.url;
  });
}
