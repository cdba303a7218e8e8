/**
 * What the popup and the side panel show about the current page: the summary, the reader's
 * fact-checks (including those not found) and the detected claims not fact-checked yet.
 */
import type { DetectedClaim } from '../core/claims/types';
import type { PageState, PlacedAnnotation } from '../core/messaging/page-state';
import { AnnotationList } from './AnnotationList';
import { ClaimList } from './ClaimList';
import { useTranslator } from './i18n/TranslatorContext';
import { PageSummary } from './PageSummary';
import { TechnicalDetail } from './TechnicalDetail';

interface Props {
  state: PageState;
  error: string | null;
  onShowPassage(passage: { start: number; end: number }): void;
}

/** Detected claims the reader has not fact-checked: a checked one is listed with its verdict above. */
function unchecked(state: PageState): DetectedClaim[] {
  const placed = state.annotations.filter(
    (annotation) => annotation.start !== null && annotation.end !== null,
  );
  return state.claims.filter(
    (claim) =>
      !placed.some(
        (annotation) => (annotation.start as number) < claim.end && claim.start < (annotation.end as number),
      ),
  );
}

export function PageView({ state, error, onShowPassage }: Props) {
  const { t } = useTranslator();
  if (error) {
    return (
      <div role="alert" data-testid="page-error">
        <p>
          {t('notRunning')} {t('notRunningHint')}
        </p>
        <TechnicalDetail text={error} />
      </div>
    );
  }
  const show = (passage: DetectedClaim | PlacedAnnotation) => {
    if (passage.start !== null && passage.end !== null)
      onShowPassage({ start: passage.start, end: passage.end });
  };
  return (
    <>
      <PageSummary state={state} />
      {state.status === 'article' && (
        <>
          <AnnotationList annotations={state.annotations} onShow={show} />
          <ClaimList claims={unchecked(state)} selected={state.selected} onShow={show} />
        </>
      )}
    </>
  );
}
