/**
 * Validates the rows of an imported bundle one by one, so one bad record does not sink a whole
 * file: each row is checked against its schema, ids must be unique within their kind, and
 * references must resolve (a claim's article, a fact-check's claim and article, both agreeing).
 * A row whose parent was refused is refused too, with the reason.
 */
import * as v from 'valibot';
import type { FactmarkBundle, InvalidRecord } from './bundle';
import { describeIssues } from './issues';
import { MAX_ID_CHARS } from './limits';
import {
  ArticleRecordSchema,
  ArticleVersionEntrySchema,
  ClaimRecordSchema,
  DismissalRecordSchema,
  FactCheckRecordSchema,
  PublishedReviewRecordSchema,
} from './record-schemas';

/** The raw rows of a file, before validation. */
export interface BundleRows {
  articles: readonly unknown[];
  claims: readonly unknown[];
  factChecks: readonly unknown[];
  dismissals?: readonly unknown[];
  articleVersions?: readonly unknown[];
  publishedReviews?: readonly unknown[];
}

/** Valid records, and a reason for each refused row. */
export interface CheckedBundle {
  bundle: FactmarkBundle;
  invalid: InvalidRecord[];
}

/** Validates every row and its references; never throws. */
export function checkBundleRows(rows: BundleRows): CheckedBundle {
  const invalid: InvalidRecord[] = [];
  const articles = validRows(rows.articles, ArticleRecordSchema, 'article', invalid, () => null);
  const articleIds = new Set(articles.map((article) => article.id));
  const claims = validRows(rows.claims, ClaimRecordSchema, 'claim', invalid, (claim) =>
    articleIds.has(claim.articleId)
      ? null
      : `its article ${claim.articleId} is missing from the file or invalid`,
  );
  const claimArticles = new Map(claims.map((claim) => [claim.id, claim.articleId]));
  const factChecks = validRows(rows.factChecks, FactCheckRecordSchema, 'factCheck', invalid, (factCheck) => {
    const claimArticle = claimArticles.get(factCheck.claimId);
    if (claimArticle === undefined)
      return `its claim ${factCheck.claimId} is missing from the file or invalid`;
    if (claimArticle !== factCheck.articleId) {
      return `it names article ${factCheck.articleId} but its claim belongs to article ${claimArticle}`;
    }
    return null;
  });
  const dismissals = validRows(rows.dismissals ?? [], DismissalRecordSchema, 'dismissal', invalid, (mark) =>
    articleIds.has(mark.articleId)
      ? null
      : `its article ${mark.articleId} is missing from the file or invalid`,
  );
  // A version is one per article and fingerprint; its fingerprint is checked against its text
  // where hashing is at hand (core/exchange/verify-versions.ts, before an import is planned).
  const articleVersions = validRows(
    rows.articleVersions ?? [],
    ArticleVersionEntrySchema,
    'articleVersion',
    invalid,
    (version) =>
      articleIds.has(version.articleId)
        ? null
        : `its article ${version.articleId} is missing from the file or invalid`,
    (version) => `${version.articleId}:${version.fingerprint}`,
  );
  // A saved review stands alone: the claim memory recalls it without any article of the file.
  const publishedReviews = validRows(
    rows.publishedReviews ?? [],
    PublishedReviewRecordSchema,
    'publishedReview',
    invalid,
    () => null,
  );
  return { bundle: { articles, claims, factChecks, dismissals, articleVersions, publishedReviews }, invalid };
}

function validRows<T>(
  rows: readonly unknown[],
  schema: v.GenericSchema<T>,
  kind: InvalidRecord['kind'],
  invalid: InvalidRecord[],
  referenceProblem: (record: T) => string | null,
  keyOf: (record: T) => string = (record) => (record as { id: string }).id,
): T[] {
  const valid: T[] = [];
  const firstIndex = new Map<string, number>();
  rows.forEach((row, index) => {
    const result = v.safeParse(schema, row);
    const id = readableId(row);
    const base = id === undefined ? { kind, index } : { kind, index, id };
    if (!result.success) {
      invalid.push({ ...base, reason: describeIssues(result.issues) });
      return;
    }
    const key = keyOf(result.output);
    const first = firstIndex.get(key);
    const reason =
      first === undefined
        ? referenceProblem(result.output)
        : kind === 'articleVersion'
          ? `it repeats version ${first + 1} (same article and fingerprint)`
          : `it has the same id as record ${first + 1} of its kind; ids must be unique`;
    if (reason !== null) {
      invalid.push({ ...base, reason });
      return;
    }
    firstIndex.set(key, index);
    valid.push(result.output);
  });
  return valid;
}

/** The row's id if it is a reasonable string, for messages. */
function readableId(row: unknown): string | undefined {
  if (typeof row !== 'object' || row === null || !('id' in row)) return undefined;
  return typeof row.id === 'string' && row.id.length <= MAX_ID_CHARS ? row.id : undefined;
}
