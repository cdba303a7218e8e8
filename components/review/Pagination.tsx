/**
 * Previous / next page links with "Page n of m" (m once the count is known); the page number
 * lives in the URL.
 */
import type { ReviewView } from '../../core/review/filter';
import { useTranslator } from '../i18n/TranslatorContext';
import { hrefFor, type Navigate } from './use-review-view';

interface Props {
  view: ReviewView;
  hasMore: boolean;
  /** Number of pages, null while the count runs. */
  pages: number | null;
  navigate: Navigate;
}

export function Pagination({ view, hasMore, pages, navigate }: Props) {
  const { t } = useTranslator();
  if (view.page === 1 && !hasMore) return null;
  const link = (page: number, label: string, testId: string) => {
    const disabled = page < 1 || (page > view.page && !hasMore);
    const target = { ...view, page };
    return disabled ? (
      <span class="fm-button" aria-disabled="true">
        {label}
      </span>
    ) : (
      <a
        class="fm-button"
        href={hrefFor(target)}
        data-testid={testId}
        onClick={(event) => {
          event.preventDefault();
          navigate(target);
          window.scrollTo({ top: 0 });
        }}
      >
        {label}
      </a>
    );
  };
  return (
    <nav class="fm-review-pages" aria-label={t('reviewPages')}>
      {link(view.page - 1, t('reviewPrevious'), 'review-previous')}
      <span aria-current="page">
        {pages === null
          ? t('reviewPage', { page: view.page })
          : t('reviewPageOf', { page: view.page, pages })}
      </span>
      {link(view.page + 1, t('reviewNext'), 'review-next')}
    </nav>
  );
}
