/** Where the card's "Open in the review page" goes: the review page's query for one fact-check. */
import { reviewQueryAt } from '../../core/review/review-at';
import type { FactmarkDb } from '../../storage/db';
import { MissingRecordError } from '../../storage/missing-record';

export async function reviewQueryFor(db: FactmarkDb, factCheckId: string): Promise<string> {
  const factCheck = await db.factChecks.get(factCheckId);
  const [claim, article] = factCheck
    ? await Promise.all([db.claims.get(factCheck.claimId), db.articles.get(factCheck.articleId)])
    : [];
  if (!claim || !article) throw new MissingRecordError(`No fact-check with id ${factCheckId}`);
  return reviewQueryAt(article.site, claim.text);
}
