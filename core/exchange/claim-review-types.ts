/**
 * The schema.org ClaimReview shape Factmark writes (schema-dts is not a dependency: plain
 * interfaces, limited to the properties used).
 */

/** Who published the review. */
interface ClaimReviewAuthor {
  '@type': 'Person' | 'Organization';
  name: string;
  url?: string;
}

/** The article where the claim appeared. */
interface ClaimAppearance {
  '@type': 'NewsArticle';
  url: string;
  headline: string;
  publisher?: { '@type': 'Organization'; name: string };
  author?: { '@type': 'Person'; name: string };
  datePublished?: string;
}

/**
 * The verdict. A verdict on the true–false scale carries a number from 1 (false) to 5 (true)
 * with its bounds; one off that scale (unverifiable) is a textual rating only: Google shows
 * `alternateName` and reads the number, when there is one, as a place on that scale.
 */
export type ClaimReviewRating = {
  '@type': 'Rating';
  /** The verdict as readers see it. */
  alternateName: string;
  name: string;
} & ({ ratingValue: number; bestRating: 5; worstRating: 1 } | Record<never, never>);

/** One ClaimReview JSON-LD object. */
export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  author: ClaimReviewAuthor;
  datePublished: string;
  dateModified: string;
  reviewRating: ClaimReviewRating;
  itemReviewed: { '@type': 'Claim'; appearance: ClaimAppearance; datePublished?: string };
  /** The fact-checker, when the publishing settings name one. */
  creator?: { '@type': 'Person'; name: string };
  reviewBody?: string;
  /** Set when the claim changed on its page since it was checked (claim-review.ts). */
  description?: string;
  citation?: { '@type': 'CreativeWork'; url: string; name: string }[];
}
