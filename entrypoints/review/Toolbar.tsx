/**
 * The review page's export and import tools. Loaded after the list is shown (App.tsx imports it
 * dynamically): the export formats and the import validation are most of the page's code, and
 * the first rows should not wait for them.
 */
import { ExportPanel, type ExportScopeOption } from '../../components/exchange/ExportPanel';
import { ImportPanel } from '../../components/exchange/ImportPanel';
import type { Translator } from '../../components/i18n/translate';
import type { ReviewToolbarContext } from '../../components/review/ReviewPage';
import { isEmptyFilter } from '../../core/review/url-filter';
import { openOptionsPage } from '../../extension/pages/open-views';
import { loadPublisher } from '../../extension/settings/claim-review-publisher';
import { getDb } from '../../storage/db';
import { exportBundle } from '../../storage/export-bundle';
import { matchingFactCheckIds } from '../../storage/review-export-ids';
import { writer } from './writer';

/** Export scopes: everything, the current filter (all its pages), the selection. */
function scopesFor(i18n: Translator, { filter, selectedIds }: ReviewToolbarContext): ExportScopeOption[] {
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

/** The export panel starts over when its scopes change. */
export function Toolbar({ i18n, context }: { i18n: Translator; context: ReviewToolbarContext }) {
  const scopes = scopesFor(i18n, context);
  return (
    <>
      <ExportPanel
        key={scopes.map((scope) => scope.id).join()}
        scopes={scopes}
        loadPublisher={loadPublisher}
        openSettings={() => void openOptionsPage()}
      />
      <ImportPanel db={getDb()} writer={writer} />
    </>
  );
}
