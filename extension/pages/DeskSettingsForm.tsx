/**
 * The options page's desk form: Server URL, Desk, Name, Password, and Connect / Test connection.
 * Connect first asks the browser for the server's origin (that origin only) as an optional host
 * permission — it must be asked here, on the reader's click — then the background signs in
 * (storing the session, never the password) and syncs.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DESK_NAME_PATTERN, type SyncStatus } from '../../core/sync/sync-status';
import type { Translator } from '../../components/i18n/translate';
import { requestBackground } from '../messaging/request';
import { TechnicalDetail } from '../../components/TechnicalDetail';
import { SyncStatusLine } from './SyncStatusLine';
import { syncErrorText } from './sync-error-text';
import { errorMessage } from '../../core/text/error-message';

/**
 * The server's origin; null unless the address is an http(s) URL. "localhost:5984" parses as a URL
 * of scheme `localhost:`, whose origin is "null".
 */
const originOf = (serverUrl: string) => {
  const url = URL.canParse(serverUrl.trim()) ? new URL(serverUrl.trim()) : null;
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.origin : null;
};
/**
 * The host permission asked for the server: its scheme and host, any port. Firefox's match
 * patterns take no port: one with a port (`http://127.0.0.1:5984/*`) is granted yet matches no
 * request, so every fetch to the desk failed as a network error there (seen in Firefox ESR 153).
 */
const hostPattern = (origin: string) => {
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
};

export function DeskSettingsForm({ i18n }: { i18n: Translator }) {
  const { t } = i18n;
  const [serverUrl, setServerUrl] = useState('');
  const [desk, setDesk] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [message, setMessage] = useState<{ text: string; detail?: string | undefined } | null>(null);

  useEffect(() => {
    void requestBackground({ type: 'getSyncStatus' }).then((current) => {
      setStatus(current);
      if (current.settings) {
        setServerUrl(current.settings.serverUrl);
        setDesk(current.settings.desk);
        setName(current.settings.name);
      }
    });
  }, []);

  const withPermission = async (action: (origin: string) => Promise<void>) => {
    setMessage(null);
    const origin = originOf(serverUrl);
    if (!origin) {
      setMessage({ text: t('deskAddressNeedsScheme', { address: serverUrl }) });
      return;
    }
    if (!DESK_NAME_PATTERN.test(desk)) {
      setMessage({ text: t('deskNameInvalid', { desk }) });
      return;
    }
    try {
      const granted = await browser.permissions.request({ origins: [hostPattern(origin)] });
      if (!granted) {
        setMessage({ text: t('deskPermissionRefused', { origin }) });
        return;
      }
      await action(origin);
    } catch (error) {
      setMessage({ text: t('deskRequestFailed'), detail: errorMessage(error) });
    }
  };

  const connect = (event: Event) => {
    event.preventDefault();
    void withPermission(async (origin) => {
      const next = await requestBackground({ type: 'connectDesk', serverUrl: origin, desk, name, password });
      setPassword('');
      setStatus(next);
    });
  };
  const test = () =>
    void withPermission(async (origin) => {
      const answer = await requestBackground({
        type: 'testDeskConnection',
        serverUrl: origin,
        desk,
        name,
        password,
      });
      setMessage(
        answer.ok
          ? { text: t('deskTestOk', { name, desk }) }
          : { text: syncErrorText(i18n, answer.error), detail: answer.error.detail },
      );
    });
  const disconnect = async () => setStatus(await requestBackground({ type: 'disconnectDesk' }));
  // Between the scheduled syncs (every minute) and those after each write, the reader can ask.
  const syncNow = async () => {
    setStatus((current) => (current ? { ...current, syncing: true } : current));
    try {
      setStatus(await requestBackground({ type: 'syncNow' }));
    } catch (error) {
      // No answer (the background restarted, say): what sync now says, not "Syncing…" for good.
      setMessage({ text: t('deskRequestFailed'), detail: errorMessage(error) });
      setStatus(await requestBackground({ type: 'getSyncStatus' }).catch(() => null));
    }
  };

  return (
    <section aria-labelledby="desk-title">
      <h2 id="desk-title">{t('deskTitle')}</h2>
      <p>{t('deskIntro')}</p>
      <form class="fm-desk-form" onSubmit={connect}>
        <label>
          {t('deskServerUrl')}
          <input type="url" required value={serverUrl} onInput={(e) => setServerUrl(e.currentTarget.value)} />
        </label>
        <label>
          {t('deskName')}
          <input required value={desk} onInput={(e) => setDesk(e.currentTarget.value)} />
        </label>
        <label>
          {t('deskMember')}
          <input
            required
            autocomplete="username"
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('deskPassword')}
          <input
            type="password"
            autocomplete="current-password"
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </label>
        <div class="fm-actions">
          <button type="submit" class="fm-button">
            {t('deskConnect')}
          </button>
          <button type="button" class="fm-button" data-testid="desk-test" onClick={test}>
            {t('deskTest')}
          </button>
          {status?.settings && (
            <button
              type="button"
              class="fm-button"
              data-testid="desk-sync-now"
              onClick={() => void syncNow()}
            >
              {t('deskSyncNow')}
            </button>
          )}
          {status?.settings && (
            <button type="button" class="fm-button" onClick={() => void disconnect()}>
              {t('deskDisconnect')}
            </button>
          )}
        </div>
      </form>
      {message && (
        <div role="status" data-testid="desk-message">
          <p>{message.text}</p>
          {message.detail && <TechnicalDetail text={message.detail} />}
        </div>
      )}
      {status && <SyncStatusLine status={status} i18n={i18n} />}
    </section>
  );
}
