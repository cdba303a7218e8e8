/**
 * "This article changed since you checked it on …": the date of the last version the reader
 * checked, how many passages changed, and a word-level diff of them (removed words struck out,
 * added words underlined) behind a disclosure. Shown in the popup and the side panel, never over
 * the page (its script could find it by hit-testing, and learn that the reader checked this
 * article); dismissible where `onDismiss` is given.
 */
import type { ArticleComparison } from '../core/versions/compare';
import { dateFormat } from './i18n/date-format';
import { useTranslator } from './i18n/TranslatorContext';

interface Props {
  change: ArticleComparison;
  onDismiss?(): void;
}

export function ChangeNotice({ change, onDismiss }: Props) {
  const { t, locale } = useTranslator();
  const date = dateFormat(locale, { dateStyle: 'long' }).format(new Date(change.checkedAt));
  return (
    <section class="fm-change-notice" role="status" aria-label={t('showChanges')} data-testid="change-notice">
      <p>
        <strong>{t('articleChanged', { date })}</strong> {t('changesShown', { count: change.changeCount })}
      </p>
      <details>
        <summary>{t('showChanges')}</summary>
        <ol class="fm-diff" data-testid="change-diff">
          {change.changes.map((item) => (
            <li key={`${item.oldStart}:${item.newStart}`} data-op={item.op}>
              {item.was && <del title={t('removedText')}>{item.was}</del>}
              {item.was && item.now && ' → '}
              {item.now && <ins title={t('addedText')}>{item.now}</ins>}
            </li>
          ))}
        </ol>
        {change.changes.length < change.changeCount && (
          <p>{t('changesCut', { shown: change.changes.length, count: change.changeCount })}</p>
        )}
      </details>
      {onDismiss && (
        <button type="button" class="fm-dismiss" onClick={onDismiss} data-testid="change-notice-dismiss">
          {t('dismiss')}
        </button>
      )}
    </section>
  );
}
