/**
 * Who publishes the fact-checks a ClaimReview export describes, and where: the organisation
 * (name and web address, the review's `author`), the address pattern of each fact-check's own
 * page (its `url`: Google wants the page hosting the full fact-check, never the article
 * reviewed) and the fact-checker's name. Validation answers a problem code per field, so each
 * view words it in the reader's language; a publisher that passes is safe to export.
 */
import { urlProblem } from './field-schemas';
import { MAX_URL_CHARS } from './limits';

/** The reader's ClaimReview publishing settings. */
export interface ClaimReviewPublisher {
  organisationName: string;
  /** The organisation's home page, http(s). */
  organisationUrl: string;
  /** The fact-check's own address, with `{id}` where the fact-check's id goes. */
  reviewUrlPattern: string;
  /** The fact-checker's name (Markdown reports and the review's `creator`); may be empty. */
  authorName: string;
}

export type PublisherField = keyof ClaimReviewPublisher;

/** What is wrong with one field. */
export type PublisherProblem = 'empty' | 'too-long' | 'not-web-address' | 'no-id-placeholder';

export type PublisherCheck =
  | { ok: true; value: ClaimReviewPublisher }
  | { ok: false; problems: Partial<Record<PublisherField, PublisherProblem>> };

/** The placeholder the review address pattern must hold. */
const REVIEW_ID_PLACEHOLDER = '{id}';

/** A name longer than this is surely pasted by mistake (Google shows names in one line). */
const MAX_NAME_CHARS = 200;

/** Trims each field and checks it: names present and bounded, addresses http(s) and whole. */
export function checkPublisher(input: ClaimReviewPublisher): PublisherCheck {
  const value: ClaimReviewPublisher = {
    organisationName: input.organisationName.trim(),
    organisationUrl: input.organisationUrl.trim(),
    reviewUrlPattern: input.reviewUrlPattern.trim(),
    authorName: input.authorName.trim(),
  };
  const problems: Partial<Record<PublisherField, PublisherProblem>> = {};
  const name = nameProblem(value.organisationName, true);
  if (name) problems.organisationName = name;
  const author = nameProblem(value.authorName, false);
  if (author) problems.authorName = author;
  const home = addressProblem(value.organisationUrl);
  if (home) problems.organisationUrl = home;
  const pattern = value.reviewUrlPattern.includes(REVIEW_ID_PLACEHOLDER)
    ? addressProblem(reviewUrl(value.reviewUrlPattern, 'id'))
    : value.reviewUrlPattern === ''
      ? 'empty'
      : 'no-id-placeholder';
  if (pattern) problems.reviewUrlPattern = pattern;
  return Object.keys(problems).length === 0 ? { ok: true, value } : { ok: false, problems };
}

/** The fact-check's own address: every `{id}` of the pattern replaced by the id, URL-encoded. */
export function reviewUrl(pattern: string, factCheckId: string): string {
  return pattern.replaceAll(REVIEW_ID_PLACEHOLDER, encodeURIComponent(factCheckId));
}

function nameProblem(name: string, required: boolean): PublisherProblem | null {
  if (name === '') return required ? 'empty' : null;
  return name.length > MAX_NAME_CHARS ? 'too-long' : null;
}

function addressProblem(url: string): PublisherProblem | null {
  if (url === '') return 'empty';
  if (url.length > MAX_URL_CHARS) return 'too-long';
  return urlProblem(url) === null ? null : 'not-web-address';
}
