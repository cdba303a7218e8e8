import { ExportPanel, type ExportScopeOption } from '../../components/exchange/ExportPanel';
import { ImportPanel } from '../../components/exchange/ImportPanel';
import { TranslatorContext } from '../../components/i18n/TranslatorContext';
import { translator, uiLocaleFor } from '../../components/i18n/translate';
import { ReviewPage, type ReviewToolbarContext } from '../../components/review/ReviewPage';
import { isEmptyFilter } from '../../core/review/url-filter';
import { requestBackground } from '../../extension/messaging/request';
import { getDb } from '../../storage/db';
import { exportBundle } from '../../storage/export-bundle';
import { matchingFactCheckIds } from '../../storage/review-query';

const i18n = translator(uiLocaleFor(navigator.language));

/** Export scopes: everything, the current filter (all its pages), the selection. */
function scopesFor({ filter, selectedIds }: ReviewToolbarContext): ExportScopeOption[] {
  const db = getDb();
  const scopes: ExportScopeOption[] = [
    {
      id: 'all',
      label: i18n.t('exportScopeAll'),
      scopeName: 'all',
      load: () => exportBundle(db, { kind: 'all' }),
    },
  ];
  if (!isEmptyFilter(filter)) {
    scopes.unshift({
      id: 'filtered',
      label: i18n.t('exportScopeFiltered'),
      scopeName: [filter.site, filter.q, filter.tag].filter(Boolean).join(' ') || 'filtered',
      load: async () => exportBundle(db, { kind: 'factChecks', ids: await matchingFactCheckIds(db, filter) }),
    });
  }
  if (selectedIds.length > 0) {
    scopes.unshift({
      id: 'selected',
      label: i18n.t('exportScopeSelected'),
      scopeName: 'selection',
      load: () => exportBundle(db, { kind: 'factChecks', ids: selectedIds }),
    });
  }
  return scopes;
}

/** The review page's export and import tools; the export panel starts over when its scopes change. */
function Toolbar(context: ReviewToolbarContext) {
  const scopes = scopesFor(context);
  return (
    <>
      <ExportPanel key={scopes.map((scope) => scope.id).join()} scopes={scopes} />
      <ImportPanel db={getDb()} />
    </>
  );
}

export function App() {
  return (
    <TranslatorContext.Provider value={i18n}>
      <div lang={i18n.locale}>
        <ReviewPage
          db={getDb()}
          openInPage={(factCheckId) => requestBackground({ type: 'openFactCheck', factCheckId })}
          toolbar={(context) => <Toolbar {...context} />}
        />
      </div>
    </TranslatorContext.Provider>
  );
}
