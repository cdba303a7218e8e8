import { usePersistence } from '../../components/hooks/use-persistence';
import { ActiveTabView } from '../../extension/pages/ActiveTabView';
import { openReviewPage, openSidePanel } from '../../extension/pages/open-views';
import { PopupSyncStatus } from '../../extension/pages/PopupSyncStatus';

export function App() {
  const persistence = usePersistence();
  return (
    <ActiveTabView testId="popup-root" actionsFirst>
      {({ tabId, i18n }) => (
        <>
          {persistence && persistence !== 'unsupported' && (
            <p class="fm-note" data-testid="persistence" data-state={persistence}>
              {i18n.t(persistence === 'granted' ? 'persistGranted' : 'persistDenied')}
            </p>
          )}
          <PopupSyncStatus i18n={i18n} />
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
        </>
      )}
    </ActiveTabView>
  );
}
