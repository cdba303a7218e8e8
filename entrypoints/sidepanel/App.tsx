import { ExportPanel } from '../../components/exchange/ExportPanel';
import type { Translator } from '../../components/i18n/translate';
import type { PageState } from '../../core/messaging/page-state';
import { articleIdFor } from '../../core/model/ids';
import { ActiveTabView } from '../../extension/pages/ActiveTabView';
import { openReviewPage } from '../../extension/pages/open-views';
import { getDb } from '../../storage/db';
import { exportBundle } from '../../storage/export-bundle';

/** Exports this article's fact-checks, once it has some. */
function ArticleExport({ state, i18n }: { state: PageState; i18n: Translator }) {
  const article = state.article;
  if (!article || state.annotations.length === 0) return null;
  const load = async () =>
    exportBundle(getDb(), { kind: 'article', articleId: await articleIdFor(article.url) });
  return (
    <ExportPanel
      scopes={[{ id: 'article', label: i18n.t('exportScopeArticle'), scopeName: article.title, load }]}
    />
  );
}

export function App() {
  return (
    <ActiveTabView testId="sidepanel-root">
      {({ state, i18n }) => (
        <>
          <ArticleExport state={state} i18n={i18n} />
          <div class="fm-actions">
            <button type="button" class="fm-button" onClick={() => void openReviewPage()}>
              {i18n.t('openReview')}
            </button>
          </div>
        </>
      )}
    </ActiveTabView>
  );
}
