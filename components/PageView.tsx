/**
 * What the popup and the side panel show about the current page: the summary, the reader's
 * fact-checks (including those not found) and the detected claims not fact-checked yet.
 */
import { useState } from 'preact/hooks';
import type { DetectedClaim } from '../core/claims/types';
import type { PageState, PlacedAnnotation } from '../core/messaging/page-state';
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
}

/** Detected claims the reader has not fact-checked: a checked one is listed with its verdict above. */
export function PageView({ state, error, onShowPassage, onDismiss, onUndismiss }: Props) {
  const { t } = useTranslator();
  // The reader dismissed this change (the version compared with and how many changes) for now.
  const [dismissed, setDismissed] = useState<string | null>(null);
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
          {state.change && state.change.fingerprint + state.change.changeCount !== dismissed && (
            <ChangeNotice
              change={state.change}
              onDismiss={() => setDismissed(`${state.change?.fingerprint}${state.change?.changeCount}`)}
            />
          )}
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
