/**
 * What the popup and the side panel show about the current page: the summary, the reader's
 * fact-checks (including those not found) and the detected claims not fact-checked yet.
 */
import type { DetectedClaim } from '../core/claims/types';
import { changeToShow, type PageState, type PlacedAnnotation } from '../core/messaging/page-state';
import { uncheckedClaims } from '../core/messaging/unchecked-claims';
import { AnnotationList } from './AnnotationList';
import { ChangeNotice } from './ChangeNotice';
import { ClaimList } from './ClaimList';
import { useTranslator } from './i18n/TranslatorContext';
import { PageSummary } from './PageSummary';
import { TechnicalDetail } from './TechnicalDetail';

interface Props {
  state: PageState;
  error: string | null;
  onShowPassage(passage: { start: number; end: number }): void;
  /** Marks a highlighted sentence "not worth checking" in the page. */
  onDismiss(text: string): void;
  /** Undoes a "not worth checking" mark. */
  onUndismiss(id: string): void;
  /** Dismisses the notice that the article changed since the reader checked it (kept). */
  onDismissChange(): void;
}

/** Detected claims the reader has not fact-checked: a checked one is listed with its verdict above. */
export function PageView({ state, error, onShowPassage, onDismiss, onUndismiss, onDismissChange }: Props) {
  const { t } = useTranslator();
  const change = changeToShow(state);
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
          {change && <ChangeNotice change={change} onDismiss={onDismissChange} />}
          <AnnotationList annotations={state.annotations} lang={state.article?.lang} onShow={show} />
          <ClaimList
            claims={uncheckedClaims(state)}
            headline={state.headline}
            lang={state.article?.lang}
            selected={state.selected}
            dismissed={state.dismissed}
            onShow={show}
            onDismiss={(claim) => onDismiss(claim.text)}
            onUndismiss={onUndismiss}
          />
        </>
      )}
    </>
  );
}
