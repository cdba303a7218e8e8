/**
 * What the popup and the side panel show about the current page: the summary, the reader's
 * fact-checks (including those not found) and the detected claims.
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
          <ClaimList claims={state.claims} selected={state.selected} onShow={show} />
        </>
      )}
    </>
  );
}
