/**
 * The background's desk sync: the joined desk (kept in extension storage: server, desk and
 * name, never the password), one sync at a time, run on a `chrome.alarms` schedule (the MV3
 * service worker sleeps between events) and soon after each write, and the status the popup
 * and the options page show.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { DeskCheck, DeskSettings, SyncStatus } from '../../../core/sync/sync-status';
import type { FactmarkDb } from '../../../storage/db';
import type { SyncWriter } from '../../../storage/writer';
import { openLocal, openRemote } from './open-pouch';
import { runSync } from './run-sync';
import { checkDesk, signIn, signOut } from './session';

const ALARM = 'factmark-desk-sync';
/**
 * Minutes between scheduled syncs: a teammate's edit arrives within this (plus the sync's own
 * time); shorter wakes the service worker more often for nothing on a quiet desk. Chrome allows
 * 0.5 at the least.
 */
const SYNC_PERIOD_MINUTES = 1;
/** Wait after a write before syncing, so a burst of typing (autosave) makes one sync. */
const AFTER_WRITE_MS = 2_000;

const settingsItem = storage.defineItem<DeskSettings | null>('local:deskSync', { fallback: null });
const statusItem = storage.defineItem<Omit<SyncStatus, 'settings' | 'syncing'>>('local:deskSyncStatus', {
  fallback: { lastSyncAt: null, lastError: null, refused: 0 },
});

export interface DeskSync {
  connect(settings: DeskSettings, password: string): Promise<SyncStatus>;
  test(settings: DeskSettings, password: string): Promise<DeskCheck>;
  disconnect(): Promise<SyncStatus>;
  status(): Promise<SyncStatus>;
  syncNow(): Promise<SyncStatus>;
  /** Asks for a sync soon (after a write). */
  soon(): void;
}

export function deskSync(db: FactmarkDb, writer: SyncWriter): DeskSync {
  let running: Promise<void> | null = null;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const status = async (): Promise<SyncStatus> => ({
    settings: await settingsItem.getValue(),
    syncing: running !== null,
    ...(await statusItem.getValue()),
  });

  const syncOnce = async () => {
    const settings = await settingsItem.getValue();
    if (!settings) return;
    const local = openLocal(settings);
    const report = await runSync({
      db,
      writer,
      local,
      remote: openRemote(settings),
      member: settings.name,
      desk: settings.desk,
    });
    const previous = await statusItem.getValue();
    await statusItem.setValue({
      lastSyncAt: report.ok ? new Date().toISOString() : previous.lastSyncAt,
      lastError: report.error ?? null,
      refused: report.refused.length,
    });
  };

  const sync = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = syncOnce()
      .catch((error: unknown) => console.error('Factmark: desk sync failed', error))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          void sync();
        }
      });
    return running;
  };

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void sync();
  });

  return {
    async connect(settings, password) {
      const refused = (await signIn(settings, password)) ?? (await checkDesk(settings));
      if (refused) {
        await statusItem.setValue({ lastSyncAt: null, lastError: refused, refused: 0 });
        return { ...(await status()), settings: await settingsItem.getValue() };
      }
      await settingsItem.setValue(settings);
      await statusItem.setValue({ lastSyncAt: null, lastError: null, refused: 0 });
      await browser.alarms.create(ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES });
      void sync();
      return status();
    },
    async test(settings, password) {
      const refused = (await signIn(settings, password)) ?? (await checkDesk(settings));
      return refused ? { ok: false, error: refused } : { ok: true };
    },
    async disconnect() {
      const settings = await settingsItem.getValue();
      await browser.alarms.clear(ALARM);
      if (settings) await signOut(settings);
      await settingsItem.setValue(null);
      await statusItem.setValue({ lastSyncAt: null, lastError: null, refused: 0 });
      return status();
    },
    status,
    async syncNow() {
      await sync();
      // A sync asked for while one ran starts when it ends: the answer waits for it too, so the
      // status answered is never "syncing" with nothing left to say it ended.
      while (running) await running;
      return status();
    },
    soon() {
      clearTimeout(timer);
      timer = setTimeout(() => void sync(), AFTER_WRITE_MS);
    },
  };
}
