/**
 * The detected claims with their scores and reasons. Each is a button: activating it asks the
 * page to scroll to the claim and select it.
 */
import type { DetectedClaim } from '../core/claims/types';
import { useTranslator } from './i18n/TranslatorContext';

interface Props {
  claims: DetectedClaim[];
  selected: { start: number; end: number } | null;
  onShow(claim: DetectedClaim): void;
}

export function ClaimList({ claims, selected, onShow }: Props) {
  const { t, reason } = useTranslator();
  if (claims.length === 0) return <p>{t('noClaims')}</p>;
  return (
    <section aria-labelledby="fm-claims-heading">
      <h3 id="fm-claims-heading">{t('claims')}</h3>
      <ol class="fm-claims" data-testid="claim-list">
        {claims.map((claim) => {
          const isSelected = selected?.start === claim.start && selected.end === claim.end;
          return (
            <li key={`${claim.start}-${claim.end}`}>
              <button
                type="button"
                class="fm-claim"
                aria-current={isSelected ? 'true' : undefined}
                onClick={() => onShow(claim)}
              >
                <span class="fm-claim-text">{claim.text}</span>
                <span class="fm-claim-meta">
                  {t('score')} {claim.score.toFixed(2)} · {t('reasons')}:{' '}
                  {claim.reasons.map(reason).join(', ')}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
