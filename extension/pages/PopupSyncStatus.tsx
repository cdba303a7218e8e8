/** The popup's desk sync line: asked of the background when the popup opens. */
import { useEffect, useState } from 'preact/hooks';
import type { Translator } from '../../components/i18n/translate';
import type { SyncStatus } from '../../core/sync/sync-status';
import { requestBackground } from '../messaging/request';
import { SyncStatusLine } from './SyncStatusLine';

export function PopupSyncStatus({ i18n }: { i18n: Translator }) {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    requestBackground({ type: 'getSyncStatus' }).then(setStatus, () => setStatus(null));
  }, []);
  return status?.settings ? <SyncStatusLine status={status} i18n={i18n} /> : null;
}
