/**
 * The schema.org ClaimReview shape Factmark writes (schema-dts is not a dependency: plain
 * interfaces, limited to the properties used).
 */

/** Who published the review. */
export interface ClaimReviewAuthor {
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

/** One ClaimReview JSON-LD object. */
export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  url: string;
  claimReviewed: string;
  author: ClaimReviewAuthor;
  datePublished: string;
  dateModified: string;
  reviewRating: {
    '@type': 'Rating';
    /** 1 (false) to 5 (true). */
    ratingValue: number;
    bestRating: 5;
    worstRating: 1;
    /** The verdict as readers see it. */
    alternateName: string;
    name: string;
  };
  itemReviewed: { '@type': 'Claim'; appearance: ClaimAppearance; datePublished?: string };
  reviewBody?: string;
  /** Set when the claim changed on its page since it was checked (claim-review.ts). */
  description?: string;
  citation?: { '@type': 'CreativeWork'; url: string; name: string }[];
}
