/**
 * What the popup and the side panel show about the current page: the summary, the reader's
 * fact-checks (including those not found) and the detected claims not fact-checked yet.
 */
import {
  changeToShow,
  type PageState,
  type Passage,
  type PlacedAnnotation,
  passageOf,
} from '../core/messaging/page-state';
import { uncheckedClaims, uncheckedHeadline } from '../core/messaging/unchecked-claims';
import { AnnotationList } from './AnnotationList';
import { ChangeNotice } from './ChangeNotice';
import { ClaimList } from './ClaimList';
import { useTranslator } from './i18n/TranslatorContext';
import { PageSummary } from './PageSummary';
import { TechnicalDetail } from './TechnicalDetail';

interface Props {
  state: PageState;
  error: string | null;
  onShowPassage(passage: Passage): void;
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
  const showPlaced = ({ start, end, place }: PlacedAnnotation) => {
    if (start !== null && end !== null) onShowPassage(passageOf(start, end, place));
  };
  return (
    <>
      <PageSummary state={state} />
      {state.status === 'article' && (
        <>
          {change && <ChangeNotice change={change} onDismiss={onDismissChange} />}
          <AnnotationList annotations={state.annotations} lang={state.article?.lang} onShow={showPlaced} />
          <ClaimList
            claims={uncheckedClaims(state)}
            headline={uncheckedHeadline(state)}
            lang={state.article?.lang}
            selected={state.selected}
            dismissed={state.dismissed}
            onShow={onShowPassage}
            onDismiss={(claim) => onDismiss(claim.text)}
            onUndismiss={onUndismiss}
          />
        </>
      )}
    </>
  );
}
