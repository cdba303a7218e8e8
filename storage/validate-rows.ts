/**
 * One set of rules for every write: each article, claim, fact-check and saved published review row
 * is checked against the exchange format's record schemas (sizes, http(s)-only links without
 * spaces or user:password@, the fixed verdict scale) before it is stored, whichever view wrote
 * it — the card, the review page's editor, a retag, an undo or an import. Timestamps must be UTC
 * as `toISOString()` writes them and an article's site must be its URL's, so anything stored
 * exports and re-imports as it is.
 */
import * as v from 'valibot';
import { isCanonicalTimestamp } from '../core/exchange/field-schemas';
import { describeIssues } from '../core/exchange/issues';
import {
  ArticleRecordSchema,
  ClaimRecordSchema,
  DismissalRecordSchema,
  FactCheckRecordSchema,
  PublishedReviewRecordSchema,
} from '../core/exchange/record-schemas';
import type { StoredPublishedReview } from '../core/model/claim-memory';
import type { DismissalRecord } from '../core/model/fact-check';
import { siteOf } from '../core/model/site';
import type { StoredArticle, StoredClaim, StoredFactCheck } from '../core/model/stored-records';
import { claimRecord, factCheckRecord } from './exchange-records';

/** A write refused by the record rules; its message says which rule, in the reader's terms. */
export class InvalidRecordError extends Error {
  override name = 'InvalidRecordError';
}

function check<T>(schema: v.GenericSchema<T>, record: T, what: string): void {
  const result = v.safeParse(schema, record);
  if (!result.success)
    throw new InvalidRecordError(`${what} was not saved: ${describeIssues(result.issues)}`);
}

function checkTimestamps(what: string, ...times: string[]): void {
  const bad = times.find((time) => !isCanonicalTimestamp(time));
  if (bad !== undefined)
    throw new InvalidRecordError(`${what} was not saved: "${bad}" is not a UTC timestamp`);
}

export function assertValidArticle(row: StoredArticle): void {
  check(ArticleRecordSchema, row, 'The article');
  checkTimestamps('The article', row.createdAt, row.updatedAt);
  if (row.site !== siteOf(row.url)) {
    throw new InvalidRecordError(`The article was not saved: its site is not ${siteOf(row.url)}`);
  }
}

export function assertValidClaim(row: StoredClaim): void {
  check(ClaimRecordSchema, claimRecord(row), 'The claim');
  checkTimestamps('The claim', row.createdAt);
}

export function assertValidDismissal(row: DismissalRecord): void {
  check(DismissalRecordSchema, row, 'The "not worth checking" mark');
  checkTimestamps('The "not worth checking" mark', row.createdAt);
}

export function assertValidPublishedReview(row: StoredPublishedReview): void {
  check(PublishedReviewRecordSchema, row, 'The published fact-check');
  checkTimestamps('The published fact-check', row.savedAt);
}

export function assertValidFactCheck(row: StoredFactCheck): void {
  check(FactCheckRecordSchema, factCheckRecord(row), 'The fact-check');
  checkTimestamps('The fact-check', row.createdAt, row.updatedAt);
}

/**
 * Checks the articles and claims of a write; throws `InvalidRecordError` on the first one refused.
 * Fact-check rows are checked by their one writer (fact-check-rows.ts), whoever calls it.
 */
export function assertValidRows(rows: {
  articles: readonly StoredArticle[];
  claims: readonly StoredClaim[];
}): void {
  rows.articles.forEach(assertValidArticle);
  rows.claims.forEach(assertValidClaim);
}
