/**
 * A fact-checked passage whose words changed since it was checked: the text as checked and as it
 * reads now, and that the verdict was given to the former. In the card it offers to confirm the
 * verdict for the new text (`onConfirm`); the side panel shows it without.
 */
import { useState } from 'preact/hooks';
import { useTranslator } from './i18n/TranslatorContext';

interface Props {
  was: string;
  now: string;
  onConfirm?(): Promise<void>;
}

export function ClaimChange({ was, now, onConfirm }: Props) {
  const { t } = useTranslator();
  const [confirmed, setConfirmed] = useState(false);
  return (
    <div class="fm-claim-change" data-testid="claim-change">
      <p>
        <strong>{t('changedOnPage')}</strong>
      </p>
      <p>
        {t('asChecked')} <del data-testid="claim-was">{was}</del>
      </p>
      <p>
        {t('readsNow')} <ins data-testid="claim-now">{now}</ins>
      </p>
      {confirmed ? (
        <p role="status">{t('confirmedNewText')}</p>
      ) : (
        <>
          <p>{t('verdictForOldText')}</p>
          {onConfirm && (
            <button
              type="button"
              data-testid="confirm-new-text"
              onClick={() =>
                onConfirm().then(
                  () => setConfirmed(true),
                  (error: unknown) => console.error('Factmark: the new text was not confirmed', error),
                )
              }
            >
              {t('confirmNewText')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
