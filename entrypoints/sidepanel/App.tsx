import { ExportPanel } from '../../components/exchange/ExportPanel';
import { AlreadyCheckedList } from '../../components/memory/AlreadyCheckedList';
import { PublishedReviewsOffer } from '../../components/memory/PublishedReviewsOffer';
import type { Translator } from '../../components/i18n/translate';
import { type PageState, passageOf } from '../../core/messaging/page-state';
import { requestBackground, requestTab } from '../../extension/messaging/request';
import { ActiveTabView } from '../../extension/pages/ActiveTabView';
import { openOptionsPage, openReviewPage } from '../../extension/pages/open-views';
import { loadPublisher } from '../../extension/settings/claim-review-publisher';
import { getDb } from '../../storage/db';
import { exportBundle } from '../../storage/export-bundle';

/** Exports this article's fact-checks, once it has some. */
function ArticleExport({ state, i18n }: { state: PageState; i18n: Translator }) {
  const article = state.article;
  if (!article || state.annotations.length === 0) return null;
  const load = () => exportBundle(getDb(), { kind: 'page', url: article.url });
  return (
    <ExportPanel
      scopes={[{ id: 'article', label: i18n.t('exportScopeArticle'), scopeName: article.title, load }]}
      loadPublisher={loadPublisher}
      openSettings={() => void openOptionsPage()}
    />
  );
}

/** "Already checked" passages and the page's published fact-checks (claim memory, issue #16). */
function ClaimMemory({ tabId, state }: { tabId: number | null; state: PageState }) {
  if (tabId === null || state.status !== 'article' || !state.article) return null;
  const url = state.article.url;
  return (
    <>
      <AlreadyCheckedList
        passages={state.alreadyChecked}
        onShow={({ start, end, place }) =>
          void requestTab(tabId, { type: 'scrollToPassage', ...passageOf(start, end, place) })
        }
        onReuse={({ start, end, place }) =>
          requestTab(tabId, { type: 'reuseEarlierCheck', ...passageOf(start, end, place) })
        }
      />
      <PublishedReviewsOffer
        pageKey={`${tabId} ${url}`}
        load={() => requestTab(tabId, { type: 'getPublishedReviews' })}
        save={async (reviews) => {
          await requestBackground({ type: 'savePublishedReviews', url, reviews });
        }}
      />
    </>
  );
}

export function App() {
  return (
    <ActiveTabView testId="sidepanel-root">
      {({ tabId, state, i18n }) => (
        <>
          <ClaimMemory tabId={tabId} state={state} />
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
