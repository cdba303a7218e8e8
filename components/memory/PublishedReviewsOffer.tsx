/**
 * Offers to save the fact-checks a page publishes in ClaimReview markup: each review's claim,
 * reviewer, the publisher's rating and Factmark's reading of it, with a button that saves it into
 * the claim memory (so a later page repeating the claim shows "AFP Factuel: Faux").
 */
import { useEffect, useState } from 'preact/hooks';
import type { PublishedReview } from '../../core/claimreview/published-review';
import { useTranslator } from '../i18n/TranslatorContext';

interface Props {
  /** Identifies the page: the reviews are read again when it changes. */
  pageKey: string;
  load(): Promise<PublishedReview[]>;
  save(reviews: PublishedReview[]): Promise<void>;
}

export function PublishedReviewsOffer({ pageKey, load, save }: Props) {
  const { t, verdict } = useTranslator();
  const [reviews, setReviews] = useState<PublishedReview[]>([]);
  const [saved, setSaved] = useState<Set<number>>(new Set());
  useEffect(() => {
    let live = true;
    setSaved(new Set());
    load().then(
      (found) => live && setReviews(found),
      () => live && setReviews([]),
    );
    return () => {
      live = false;
    };
  }, [pageKey]);
  if (reviews.length === 0) return null;
  return (
    <section aria-labelledby="fm-published-heading" data-testid="published-reviews">
      <h3 id="fm-published-heading">{t('publishedReviews')}</h3>
      <ul class="fm-annotations">
        {reviews.map((review, index) => (
          <li key={`${review.url}-${review.claimReviewed}`} data-testid="published-review">
            <q class="fm-claim-text">{review.claimReviewed}</q>
            <p class="fm-claim-meta">
              {[review.author, review.alternateName].filter(Boolean).join(': ')}
              {' · '}
              {review.verdict ? verdict(review.verdict) : t('publishedNoVerdict')}
            </p>
            {saved.has(index) ? (
              <p role="status">{t('publishedSaved')}</p>
            ) : (
              <button
                type="button"
                class="fm-button"
                data-testid="save-published"
                onClick={() => void save([review]).then(() => setSaved(new Set([...saved, index])))}
              >
                {t('savePublished')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
