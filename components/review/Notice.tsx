/**
 * The page's last outcome: "Deleted: n fact-checks" with Undo, "Restored", or a failure, in a
 * live region so screen readers hear it. A failure is an alert.
 */
import { useTranslator } from '../i18n/TranslatorContext';

export type ReviewNotice =
  | { kind: 'deleted'; count: number; undo(): void }
  | { kind: 'restored'; count: number }
  | { kind: 'failed'; reason: string };

export function Notice({ notice }: { notice: ReviewNotice | null }) {
  const { t } = useTranslator();
  return (
    <div class="fm-review-notice" role="status" aria-live="polite" data-testid="review-notice">
      {notice?.kind === 'deleted' && (
        <>
          {t('reviewDeleted', { count: notice.count })}{' '}
          <button type="button" class="fm-button" data-testid="review-undo" onClick={notice.undo}>
            {t('reviewUndo')}
          </button>
        </>
      )}
      {notice?.kind === 'restored' && t('reviewRestored', { count: notice.count })}
      {notice?.kind === 'failed' && (
        <span role="alert" class="fm-error">
          {t('reviewFailed', { reason: notice.reason })}
        </span>
      )}
    </div>
  );
}
