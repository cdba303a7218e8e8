import { ExportPanel } from '../../components/exchange/ExportPanel';
import { ImportPanel } from '../../components/exchange/ImportPanel';
import { TranslatorContext } from '../../components/i18n/TranslatorContext';
import { translator, uiLocaleFor } from '../../components/i18n/translate';
import { ReviewPage } from '../../components/review/ReviewPage';
import { requestBackground } from '../../extension/messaging/request';
import { getDb } from '../../storage/db';
import { exportBundle } from '../../storage/export-bundle';

const i18n = translator(uiLocaleFor(navigator.language));

export function App() {
  return (
    <TranslatorContext.Provider value={i18n}>
      <div lang={i18n.locale}>
        <ReviewPage
          db={getDb()}
          openInPage={(factCheckId) => requestBackground({ type: 'openFactCheck', factCheckId })}
          // Export and import slot: `filter` and `selectedIds` are there for scoped exports.
          toolbar={() => (
            <>
              <ExportPanel
                scopes={[
                  {
                    id: 'all',
                    label: i18n.t('exportScopeAll'),
                    scopeName: 'all',
                    load: () => exportBundle(getDb(), { kind: 'all' }),
                  },
                ]}
              />
              <ImportPanel db={getDb()} />
            </>
          )}
        />
      </div>
    </TranslatorContext.Provider>
  );
}
