/**
 * The claims the page highlights, title first, with their scores and reasons; the strongest say
 * so in words, not by colour alone. Each claim of the text is a button: activating it asks the
 * page to scroll to the claim and select it (the title is at the top of the page). Each can be
 * marked "not worth checking" (no longer highlighted), and such marks are listed to undo.
 */
import type { RankedClaim } from '../core/claims/types';
import { useTranslator } from './i18n/TranslatorContext';

interface Props {
  claims: RankedClaim[];
  /** The title's claims (offsets into the title, not the text). */
  headline: RankedClaim[];
  selected: { start: number; end: number } | null;
  /** Sentences marked "not worth checking" on this page. */
  dismissed: { id: string; text: string }[];
  onShow(claim: RankedClaim): void;
  onDismiss(claim: RankedClaim): void;
  onUndismiss(id: string): void;
}

function DismissButton({ claim, onDismiss }: { claim: RankedClaim; onDismiss(claim: RankedClaim): void }) {
  const { t } = useTranslator();
  return (
    <button
      type="button"
      class="fm-link-button"
      data-testid="dismiss-claim"
      aria-label={t('dismissClaimLabel', { text: claim.text })}
      onClick={() => onDismiss(claim)}
    >
      {t('dismissClaim')}
    </button>
  );
}

function DismissedList({ dismissed, onUndismiss }: Pick<Props, 'dismissed' | 'onUndismiss'>) {
  const { t } = useTranslator();
  if (dismissed.length === 0) return null;
  return (
    <section aria-labelledby="fm-dismissed-heading" data-testid="dismissed-list">
      <h3 id="fm-dismissed-heading">{t('dismissedHeading')}</h3>
      <ul class="fm-dismissed">
        {dismissed.map((mark) => (
          <li key={mark.id}>
            <span class="fm-claim-text">{mark.text}</span>{' '}
            <button
              type="button"
              class="fm-link-button"
              data-testid="undismiss-claim"
              aria-label={t('undoDismissLabel', { text: mark.text })}
              onClick={() => onUndismiss(mark.id)}
            >
              {t('undoDismiss')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ClaimMeta({ claim, title }: { claim: RankedClaim; title: boolean }) {
  const { t, reason } = useTranslator();
  return (
    <span class="fm-claim-meta">
      {title && <span class="fm-claim-badge">{t('titleClaim')}</span>}
      {claim.tier === 'strong' && (
        <span class="fm-claim-badge fm-claim-strong" data-testid="strong-claim">
          {t('strongClaim')}
        </span>
      )}
      {t('score')} {claim.score.toFixed(2)} · {t('reasons')}: {claim.reasons.map(reason).join(', ')}
    </span>
  );
}

export function ClaimList({ claims, headline, selected, dismissed, onShow, onDismiss, onUndismiss }: Props) {
  const { t } = useTranslator();
  const marks = <DismissedList dismissed={dismissed} onUndismiss={onUndismiss} />;
  if (claims.length === 0 && headline.length === 0)
    return (
      <>
        <p>{t('noClaims')}</p>
        {marks}
      </>
    );
  return (
    <>
      <section aria-labelledby="fm-claims-heading">
        <h3 id="fm-claims-heading">{t('claims')}</h3>
        <ol class="fm-claims" data-testid="claim-list">
          {headline.map((claim) => (
            <li key={`title-${claim.start}`} data-tier={claim.tier}>
              <span class="fm-claim fm-claim-title">
                <span class="fm-claim-text">{claim.text}</span>
                <ClaimMeta claim={claim} title />
              </span>
              <DismissButton claim={claim} onDismiss={onDismiss} />
            </li>
          ))}
          {claims.map((claim) => {
            const isSelected = selected?.start === claim.start && selected.end === claim.end;
            return (
              <li key={`${claim.start}-${claim.end}`} data-tier={claim.tier}>
                <button
                  type="button"
                  class="fm-claim"
                  aria-current={isSelected ? 'true' : undefined}
                  onClick={() => onShow(claim)}
                >
                  <span class="fm-claim-text">{claim.text}</span>
                  <ClaimMeta claim={claim} title={false} />
                </button>
                <DismissButton claim={claim} onDismiss={onDismiss} />
              </li>
            );
          })}
        </ol>
      </section>
      {marks}
    </>
  );
}
