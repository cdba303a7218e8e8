/**
 * Where desk sync stands, for the popup and the options page: desk, last sync, last error (in
 * the reader's language, the server's own words under "Technical detail").
 */
import type { Translator } from '../../components/i18n/translate';
import { TechnicalDetail } from '../../components/TechnicalDetail';
import type { SyncStatus } from '../../core/sync/sync-status';
import { syncErrorText } from './sync-error-text';

function LastError({ error, i18n }: { error: SyncStatus['lastError']; i18n: Translator }) {
  if (!error) return null;
  return (
    <div role="alert">
      <p>{i18n.t('deskLastError', { message: syncErrorText(i18n, error) })}</p>
      <TechnicalDetail text={error.detail ?? ''} />
    </div>
  );
}

export function SyncStatusLine({ status, i18n }: { status: SyncStatus; i18n: Translator }) {
  const { t } = i18n;
  // A refused sign-in leaves no desk joined: its reason still shows.
  if (!status.settings)
    return (
      <div class="fm-note" data-testid="sync-status" data-state={status.lastError ? 'error' : 'ok'}>
        <p>{t('deskNotConnected')}</p>
        <LastError error={status.lastError} i18n={i18n} />
      </div>
    );
  const when = status.lastSyncAt ? new Date(status.lastSyncAt).toLocaleString(i18n.locale) : null;
  return (
    <div class="fm-note" data-testid="sync-status" data-state={status.lastError ? 'error' : 'ok'}>
      <p>{t('deskConnectedAs', { desk: status.settings.desk, name: status.settings.name })}</p>
      <p>
        {status.syncing ? t('deskSyncing') : when ? t('deskLastSync', { date: when }) : t('deskNeverSynced')}
      </p>
      <LastError error={status.lastError} i18n={i18n} />
      {status.refused > 0 && <p>{t('deskRefused', { count: status.refused })}</p>}
    </div>
  );
}
