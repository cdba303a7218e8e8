/**
 * A fact-check published by a fact-checker in schema.org ClaimReview markup, as Factmark reads
 * it off the page: every field may be missing (publishers omit what Google does not require),
 * and `verdict` is the reading of the rating on Factmark's scale (verdict-mapping.ts), null when
 * neither the wording nor the numbers say.
 */
import type { Verdict } from '../model/verdict';

export interface PublishedReview {
  claimReviewed: string;
  /** The reviewer's name ("AFP Factuel"). */
  author: string | null;
  /** The review's own address (absolute http(s) URL), or null. */
  url: string | null;
  datePublished: string | null;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
  /** The verdict as the publisher words it ("Faux", "Pants on Fire!"). */
  alternateName: string | null;
  verdict: Verdict | null;
}
