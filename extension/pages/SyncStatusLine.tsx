/** Where desk sync stands, for the popup and the options page: desk, last sync, last error. */
import type { Translator } from '../../components/i18n/translate';
import type { SyncStatus } from '../../core/sync/sync-status';

export function SyncStatusLine({ status, i18n }: { status: SyncStatus; i18n: Translator }) {
  const { t } = i18n;
  // A refused sign-in leaves no desk joined: its reason still shows.
  if (!status.settings)
    return (
      <div class="fm-note" data-testid="sync-status" data-state={status.lastError ? 'error' : 'ok'}>
        <p>{t('deskNotConnected')}</p>
        {status.lastError && <p role="alert">{t('deskLastError', { message: status.lastError.message })}</p>}
      </div>
    );
  const when = status.lastSyncAt ? new Date(status.lastSyncAt).toLocaleString(i18n.locale) : null;
  return (
    <div class="fm-note" data-testid="sync-status" data-state={status.lastError ? 'error' : 'ok'}>
      <p>{t('deskConnectedAs', { desk: status.settings.desk, name: status.settings.name })}</p>
      <p>
        {status.syncing ? t('deskSyncing') : when ? t('deskLastSync', { date: when }) : t('deskNeverSynced')}
      </p>
      {status.lastError && <p role="alert">{t('deskLastError', { message: status.lastError.message })}</p>}
      {status.refused > 0 && <p>{t('deskRefused', { count: status.refused })}</p>}
    </div>
  );
}
