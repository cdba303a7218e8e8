import { ActiveTabView } from '../../extension/pages/ActiveTabView';
import { openReviewPage, openSidePanel } from '../../extension/pages/open-views';

export function App() {
  return (
    <ActiveTabView testId="popup-root">
      {({ tabId, i18n }) => (
        <div class="fm-actions">
          <button
            type="button"
            class="fm-button"
            disabled={tabId === null}
            onClick={() => tabId !== null && void openSidePanel(tabId).then(() => window.close())}
          >
            {i18n.t('openSidePanel')}
          </button>
          <button type="button" class="fm-button" onClick={() => void openReviewPage()}>
            {i18n.t('openReview')}
          </button>
        </div>
      )}
    </ActiveTabView>
  );
}
