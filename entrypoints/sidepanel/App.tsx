import { ExportPanel } from '../../components/exchange/ExportPanel';
import { TranslatorContext } from '../../components/i18n/TranslatorContext';
import { translator, uiLocaleFor } from '../../components/i18n/translate';
import { PageView } from '../../components/PageView';
import { articleIdFor } from '../../core/model/ids';
import { requestTab } from '../../extension/messaging/request';
import { openReviewPage } from '../../extension/pages/open-views';
import { usePageState } from '../../extension/pages/use-page-state';
import { getDb } from '../../storage/db';
import { exportBundle } from '../../storage/export-bundle';

const i18n = translator(uiLocaleFor(navigator.language));

export function App() {
  const { tabId, state, error } = usePageState();
  const article = state.article;
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
        {article && state.annotations.length > 0 && (
          <ExportPanel
            scopes={[
              {
                id: 'article',
                label: i18n.t('exportScopeArticle'),
                scopeName: article.title,
                load: async () =>
                  exportBundle(getDb(), { kind: 'article', articleId: await articleIdFor(article.url) }),
              },
            ]}
          />
        )}
        <div class="fm-actions">
          <button type="button" class="fm-button" onClick={() => void openReviewPage()}>
            {i18n.t('openReview')}
          </button>
        </div>
      </main>
    </TranslatorContext.Provider>
  );
}
