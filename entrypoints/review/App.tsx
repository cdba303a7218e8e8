import { ExportPanel } from '../../components/exchange/ExportPanel';
import { ImportPanel } from '../../components/exchange/ImportPanel';
import { TranslatorContext } from '../../components/i18n/TranslatorContext';
import { translator, uiLocaleFor } from '../../components/i18n/translate';
import { useLiveQuery } from '../../extension/pages/use-live-query';
import { getDb } from '../../storage/db';
import { exportBundle } from '../../storage/export-bundle';

const i18n = translator(uiLocaleFor(navigator.language));

export function App() {
  const { value: factChecks, error } = useLiveQuery(
    () => getDb().factChecks.orderBy('updatedAt').reverse().limit(50).toArray(),
    [],
  );
  return (
    <TranslatorContext.Provider value={i18n}>
      <main data-testid="review-root" lang={i18n.locale}>
        <h1>{i18n.t('reviewTitle')}</h1>
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
        {error && <p role="alert">{error}</p>}
        {factChecks?.length === 0 && <p>{i18n.t('reviewEmpty')}</p>}
        <ul data-testid="review-list">
          {factChecks?.map((factCheck) => (
            <li key={factCheck.id}>
              {factCheck.verdict ? i18n.verdict(factCheck.verdict) : i18n.t('noVerdict')} — {factCheck.note}
            </li>
          ))}
        </ul>
      </main>
    </TranslatorContext.Provider>
  );
}
