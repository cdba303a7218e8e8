/**
 * The unit every exchange format reads and writes: a set of articles, claims and fact-checks.
 * A valid bundle is referentially whole: every fact-check's claim and article are in it, and a
 * claim belongs to the same article as its fact-check. Parsers guarantee this; exporters rely
 * on it and throw on a broken bundle, which can only come from a bug in the caller.
 */
import type { ArticleVersionEntry } from '../model/article-version';
import type { StoredPublishedReview } from '../model/claim-memory';
import type { ArticleRecord, ClaimRecord, DismissalRecord, FactCheckRecord } from '../model/fact-check';

/** Articles, claims and fact-checks moved together. */
export interface FactmarkBundle {
  articles: ArticleRecord[];
  claims: ClaimRecord[];
  factChecks: FactCheckRecord[];
  /**
   * Sentences marked "not worth checking", each on an article of the bundle. Only Factmark JSON
   * carries them (the other formats describe fact-checks); absent means none.
   */
  dismissals?: DismissalRecord[];
  /**
   * The article texts the fact-checks were saved on (core/model/article-version.ts), each on an
   * article of the bundle, one per article and fingerprint. Only Factmark JSON carries them;
   * absent means none (files written before versions were exported).
   */
  articleVersions?: ArticleVersionEntry[];
  /**
   * The published fact-checks the reader saved (ClaimReview read off fact-checkers' pages), which
   * the claim memory recalls. Only Factmark JSON carries them, in an export of everything;
   * absent means none (files written before they were exported).
   */
  publishedReviews?: StoredPublishedReview[];
  /**
   * Claims whose words changed on their page since they were checked, with the text there as the
   * last visit read it (`claim.text` is the text as checked, which the verdict was given to).
   * Known only to the browser that saw the page: the CSV, Markdown and ClaimReview exports mark
   * these fact-checks; Factmark JSON and W3C leave it out (the next visit finds it again).
   */
  changedClaims?: ClaimTextChange[];
}

/** A claim whose words changed since it was checked, and how the page reads there now. */
interface ClaimTextChange {
  claimId: string;
  now: string;
}

/** A record of an imported file that was refused, with the reason shown to the reader. */
export interface InvalidRecord {
  /** What the index counts: rows of a Factmark file, or annotations of a W3C file. */
  kind: 'article' | 'claim' | 'factCheck' | 'dismissal' | 'articleVersion' | 'publishedReview' | 'annotation';
  /** Position in the file's list of that kind, from 0. */
  index: number;
  /** The record's id when it has a readable one. */
  id?: string;
  reason: string;
}

/** A fact-check with the claim and article it belongs to. */
export interface JoinedFactCheck {
  factCheck: FactCheckRecord;
  claim: ClaimRecord;
  article: ArticleRecord;
  /** The claim's text as the page reads now, when it changed since it was checked. */
  readsNow?: string;
}

const KIND_NAMES: Record<InvalidRecord['kind'], string> = {
  article: 'Article',
  claim: 'Claim',
  factCheck: 'Fact-check',
  dismissal: '"Not worth checking" mark',
  articleVersion: 'Article version',
  publishedReview: 'Saved published fact-check',
  annotation: 'Annotation',
};

/** "Fact-check 3 (abc): note is empty" — one line for an import preview or the CLI. */
export function describeInvalid(record: InvalidRecord): string {
  const id = record.id === undefined ? '' : ` (${record.id})`;
  return `${KIND_NAMES[record.kind]} ${record.index + 1}${id}: ${record.reason}`;
}

/** Pairs each fact-check with its claim and article, in bundle order; throws on a broken bundle. */
export function joinFactChecks(bundle: FactmarkBundle): JoinedFactCheck[] {
  const articles = new Map(bundle.articles.map((article) => [article.id, article]));
  const claims = new Map(bundle.claims.map((claim) => [claim.id, claim]));
  const changed = new Map((bundle.changedClaims ?? []).map((change) => [change.claimId, change.now]));
  return bundle.factChecks.map((factCheck) => {
    const claim = claims.get(factCheck.claimId);
    const article = articles.get(factCheck.articleId);
    if (!claim || !article) {
      throw new Error(`Fact-check ${factCheck.id} refers to a claim or article missing from the bundle`);
    }
    const readsNow = changed.get(claim.id);
    return { factCheck, claim, article, ...(readsNow === undefined ? {} : { readsNow }) };
  });
}
