/**
 * Export to schema.org ClaimReview JSON-LD, one object per fact-check, as Google's fact-check
 * markup reads it. Only fact-checks with a verdict are exported: a ClaimReview needs a rating;
 * the others come back in `skipped`. Choices, each overridable where it varies by publisher:
 * - `url` (the review's address) defaults to the article URL with a text fragment pointing at
 *   the claim, since a Factmark review has no page of its own; pass `reviewUrl` when it does.
 * - `author` defaults to a Person named "Factmark user".
 * - `claimReviewed` is the full claim text (Google advises under 75 characters; cutting a claim
 *   would change what was reviewed).
 * - `datePublished` is the fact-check's creation time, `dateModified` its last update.
 * - The rating runs from 1 (false) to 5 (true), from CLAIM_REVIEW_RATING; `alternateName` and
 *   `name` are the verdict label in `locale`. The note is the `reviewBody`, sources are
 *   `citation`s. The article's `publishedTime` is used only when it is an ISO 8601 date.
 * - A claim whose words changed on its page since it was checked keeps `claimReviewed` as
 *   checked (the rating is about that text) and says so in `description` (schema.org Thing),
 *   with the text as the page reads now; schema.org has no term for a stealth edit.
 */
import { scriptSafeJson } from './script-safe-json';
import type { FactCheckRecord } from '../model/fact-check';
import { CLAIM_REVIEW_RATING } from '../model/verdict';
import type { FactmarkBundle, JoinedFactCheck } from './bundle';
import { joinFactChecks } from './bundle';
import type { ClaimReview, ClaimReviewAuthor } from './claim-review-types';
import { textFragmentUrl } from './text-fragment';
import type { LabelLocale } from './verdict-labels';
import { VERDICT_LABELS } from './verdict-labels';

/** Options of a ClaimReview export. */
export interface ClaimReviewOptions {
  /** Language of the verdict labels; English by default. */
  locale?: LabelLocale;
  /** The reviewer; defaults to `{ '@type': 'Person', name: 'Factmark user' }`. */
  author?: ClaimReviewAuthor;
  /** The address where the review is published, per fact-check. */
  reviewUrl?: (joined: JoinedFactCheck) => string;
}

/** Reviews for the fact-checks with a verdict, and the ids of those without one. */
export interface ClaimReviewExport {
  reviews: ClaimReview[];
  skipped: { factCheckId: string; reason: string }[];
}

const CHANGED: Record<LabelLocale, (now: string) => string> = {
  en: (now) =>
    `The article changed since this claim was checked; the rating applies to the text as checked. It now reads: “${now}”`,
  fr: (now) =>
    `L’article a changé depuis la vérification de cette affirmation ; la note porte sur le texte tel que vérifié. Il dit maintenant : « ${now} »`,
};

const DEFAULT_AUTHOR: ClaimReviewAuthor = { '@type': 'Person', name: 'Factmark user' };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/u;

/** ClaimReview objects for every fact-check of `bundle` that has a verdict. */
export function toClaimReviews(bundle: FactmarkBundle, options: ClaimReviewOptions = {}): ClaimReviewExport {
  const result: ClaimReviewExport = { reviews: [], skipped: [] };
  for (const joined of joinFactChecks(bundle)) {
    const review = toClaimReview(joined, options);
    if (review === null)
      result.skipped.push({ factCheckId: joined.factCheck.id, reason: 'it has no verdict yet' });
    else result.reviews.push(review);
  }
  return result;
}

/** The ClaimReview for one fact-check, or null when it has no verdict. */
function toClaimReview(joined: JoinedFactCheck, options: ClaimReviewOptions = {}): ClaimReview | null {
  const { factCheck, claim, article } = joined;
  if (factCheck.verdict === null) return null;
  const label = VERDICT_LABELS[options.locale ?? 'en'][factCheck.verdict];
  const published =
    article.publishedTime !== null && ISO_DATE.test(article.publishedTime) ? article.publishedTime : null;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: options.reviewUrl?.(joined) ?? textFragmentUrl(article.url, claim.text),
    claimReviewed: claim.text,
    author: options.author ?? DEFAULT_AUTHOR,
    datePublished: factCheck.createdAt,
    dateModified: factCheck.updatedAt,
    reviewRating: {
      '@type': 'Rating',
      ratingValue: CLAIM_REVIEW_RATING[factCheck.verdict],
      bestRating: 5,
      worstRating: 1,
      alternateName: label,
      name: label,
    },
    itemReviewed: {
      '@type': 'Claim',
      appearance: {
        '@type': 'NewsArticle',
        url: article.url,
        headline: article.title,
        ...(article.siteName === null
          ? {}
          : { publisher: { '@type': 'Organization', name: article.siteName } }),
        ...(article.byline === null ? {} : { author: { '@type': 'Person', name: article.byline } }),
        ...(published === null ? {} : { datePublished: published }),
      },
      ...(published === null ? {} : { datePublished: published }),
    },
    ...(factCheck.note === '' ? {} : { reviewBody: factCheck.note }),
    ...(joined.readsNow === undefined
      ? {}
      : { description: CHANGED[options.locale ?? 'en'](joined.readsNow) }),
    ...citations(factCheck),
  };
}

function citations(factCheck: FactCheckRecord): Pick<ClaimReview, 'citation'> {
  if (factCheck.sources.length === 0) return {};
  return {
    citation: factCheck.sources.map((source) => ({
      '@type': 'CreativeWork',
      url: source.url,
      name: source.title,
    })),
  };
}

/** The reviews as a JSON array that is safe to paste inside a script element (script-safe-json.ts). */
export function toClaimReviewJson(reviews: readonly ClaimReview[]): string {
  return `${scriptSafeJson(reviews)}\n`;
}
