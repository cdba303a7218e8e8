/**
 * Validation of a published review crossing the message boundary (side panel → background):
 * the same bounds the page reader applies (core/claimreview/read-claim-reviews.ts), checked again
 * because the receiver trusts no sender's shape.
 */
import * as v from 'valibot';
import { VERDICTS } from '../model/verdict';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const webUrl = v.pipe(
  v.string(),
  v.maxLength(8_192),
  v.regex(/^https?:\/\//iu, 'must be an http(s) address'),
);
const rating = v.nullable(v.pipe(v.number(), v.finite()));

export const PublishedReviewSchema = v.strictObject({
  claimReviewed: v.pipe(v.string(), v.minLength(1), v.maxLength(2_000)),
  author: v.nullable(text(2_000)),
  url: v.nullable(webUrl),
  datePublished: v.nullable(text(40)),
  ratingValue: rating,
  bestRating: rating,
  worstRating: rating,
  alternateName: v.nullable(text(2_000)),
  verdict: v.nullable(v.picklist(VERDICTS)),
});
