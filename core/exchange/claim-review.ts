/**
 * Export to schema.org ClaimReview JSON-LD, one object per fact-check, as Google's fact-check
 * markup reads it. Only fact-checks with a verdict are exported: a ClaimReview needs a rating;
 * the others come back in `skipped`. It needs the reader's publishing settings
 * (claim-review-publisher.ts); without them there is no review address to write, and the views
 * say so instead of exporting.
 * - `url` is the fact-check's own page, from the settings' pattern: never the article reviewed,
 *   which is the claim's `itemReviewed.appearance`.
 * - `author` is the publishing organisation (name and address); the fact-checker, when named,
 *   is the `creator`.
 * - `claimReviewed` is the full claim text (Google advises under 75 characters; cutting a claim
 *   would change what was reviewed).
 * - `datePublished` is the fact-check's creation time, `dateModified` its last update.
 * - The rating runs from 1 (false) to 5 (true), from CLAIM_REVIEW_RATING, with both bounds; a
 *   verdict off that scale (unverifiable) is a textual rating only. `alternateName` and `name`
 *   are the verdict label in `locale`. The note is the `reviewBody`, sources are `citation`s.
 *   The article's `publishedTime` is used only when it is an ISO 8601 date.
 * - A claim whose words changed on its page since it was checked keeps `claimReviewed` as
 *   checked (the rating is about that text) and says so in `description` (schema.org Thing),
 *   with the text as the page reads now; schema.org has no term for a stealth edit.
 */
import { scriptSafeJson } from './script-safe-json';
import type { FactCheckRecord } from '../model/fact-check';
import { CLAIM_REVIEW_RATING, type Verdict } from '../model/verdict';
import type { FactmarkBundle, JoinedFactCheck } from './bundle';
import { joinFactChecks } from './bundle';
import type { ClaimReviewPublisher } from './claim-review-publisher';
import { reviewUrl } from './claim-review-publisher';
import type { ClaimReview, ClaimReviewRating } from './claim-review-types';
import type { LabelLocale } from './verdict-labels';
import { VERDICT_LABELS } from './verdict-labels';

/** Options of a ClaimReview export. */
export interface ClaimReviewOptions {
  /** Language of the verdict labels; English by default. */
  locale?: LabelLocale;
  /** Who publishes the reviews and where (checked with checkPublisher). */
  publisher: ClaimReviewPublisher;
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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/u;

/** ClaimReview objects for every fact-check of `bundle` that has a verdict. */
export function toClaimReviews(bundle: FactmarkBundle, options: ClaimReviewOptions): ClaimReviewExport {
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
function toClaimReview(joined: JoinedFactCheck, options: ClaimReviewOptions): ClaimReview | null {
  const { factCheck, claim, article } = joined;
  const { publisher } = options;
  if (factCheck.verdict === null) return null;
  const published =
    article.publishedTime !== null && ISO_DATE.test(article.publishedTime) ? article.publishedTime : null;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: reviewUrl(publisher.reviewUrlPattern, factCheck.id),
    claimReviewed: claim.text,
    author: { '@type': 'Organization', name: publisher.organisationName, url: publisher.organisationUrl },
    ...(publisher.authorName === '' ? {} : { creator: { '@type': 'Person', name: publisher.authorName } }),
    datePublished: factCheck.createdAt,
    dateModified: factCheck.updatedAt,
    reviewRating: rating(factCheck.verdict, options.locale ?? 'en'),
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

function rating(verdict: Verdict, locale: LabelLocale): ClaimReviewRating {
  const label = VERDICT_LABELS[locale][verdict];
  const value = CLAIM_REVIEW_RATING[verdict];
  const textual = { '@type': 'Rating', alternateName: label, name: label } as const;
  return value === null ? textual : { ...textual, ratingValue: value, bestRating: 5, worstRating: 1 };
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
