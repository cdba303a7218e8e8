/**
 * The page's state in a few lines: the article found (title, language, byline, date) and how
 * many claims, fact-checks and not-found annotations it has.
 */
import { uncheckedClaims, uncheckedHeadline } from '../core/messaging/unchecked-claims';
import type { PageFailure, PageState } from '../core/messaging/page-state';
import type { MessageKey } from './i18n/messages';
import { formatDay } from './i18n/date-format';
import { useTranslator } from './i18n/TranslatorContext';
import { TechnicalDetail } from './TechnicalDetail';

const FAILURE_MESSAGES: Record<PageFailure['reason'], MessageKey> = {
  'too-large': 'pageTooLarge',
  analysis: 'analysisFailed',
  annotations: 'annotationsFailed',
};

export function PageSummary({ state }: { state: PageState }) {
  const { t, locale } = useTranslator();
  if (state.status === 'analysing') return <p role="status">{t('analysing')}</p>;
  const failure = state.failure && (
    <div role="alert" data-testid="page-failure" data-reason={state.failure.reason}>
      <p>{t(FAILURE_MESSAGES[state.failure.reason])}</p>
      <TechnicalDetail text={state.failure.detail} />
    </div>
  );
  if (state.status === 'failed') return failure;
  if (state.status === 'no-article' || !state.article) return <p role="status">{t('noArticle')}</p>;
  const { article } = state;
  const orphans = state.annotations.filter((annotation) => annotation.status === 'orphan').length;
  return (
    <section aria-labelledby="fm-article-title" class="fm-summary">
      <h2 id="fm-article-title" data-testid="article-title" lang={article.lang}>
        {article.title}
      </h2>
      <dl>
        <dt>{t('language')}</dt>
        <dd data-testid="article-lang">{article.lang}</dd>
        {article.byline && (
          <>
            <dt>{t('byline')}</dt>
            <dd>{article.byline}</dd>
          </>
        )}
        {article.publishedTime && (
          <>
            <dt>{t('published')}</dt>
            <dd>
              <time dateTime={article.publishedTime}>{formatDay(locale, article.publishedTime)}</time>
            </dd>
          </>
        )}
      </dl>
      {failure}
      <p role="status" data-testid="page-counts">
        {t('claimsFound', { count: uncheckedHeadline(state).length + uncheckedClaims(state).length })} ·{' '}
        {t('annotatedCount', { count: state.annotations.length })}
        {orphans > 0 && ` · ${t('notFoundCount', { count: orphans })}`}
      </p>
    </section>
  );
}
