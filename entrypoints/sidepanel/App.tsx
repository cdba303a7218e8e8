import { TranslatorContext } from '../../components/i18n/TranslatorContext';
import { translator, uiLocaleFor } from '../../components/i18n/translate';
import { PageView } from '../../components/PageView';
import { requestTab } from '../../extension/messaging/request';
import { openReviewPage } from '../../extension/pages/open-views';
import { usePageState } from '../../extension/pages/use-page-state';

const i18n = translator(uiLocaleFor(navigator.language));

export function App() {
  const { tabId, state, error } = usePageState();
  return (
    <TranslatorContext.Provider value={i18n}>
      <main data-testid="sidepanel-root" lang={i18n.locale}>
        <h1>{i18n.t('appName')}</h1>
        <PageView
          state={state}
          error={error}
          onShowPassage={(passage) =>
            tabId !== null && requestTab(tabId, { type: 'scrollToPassage', ...passage })
          }
        />
        <div class="fm-actions">
          <button type="button" class="fm-button" onClick={() => void openReviewPage()}>
            {i18n.t('openReview')}
          </button>
        </div>
      </main>
    </TranslatorContext.Provider>
  );
}
