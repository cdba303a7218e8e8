import { fakeBrowser } from 'wxt/testing';
import { beforeEach, expect, test, vi } from 'vitest';
import { storage } from 'wxt/utils/storage';

// The sync itself (PouchDB against a server) is run-sync.test.ts's: here one sync is a promise
// the test settles, to see what "Sync now" answers while syncs overlap.
const syncs: (() => void)[] = [];
vi.mock('../../../../../extension/background/sync/run-sync', () => ({
  runSync: () =>
    new Promise((resolve) => syncs.push(() => resolve({ ok: true, sent: 0, received: 0, refused: [] }))),
}));
vi.mock('../../../../../extension/background/sync/open-pouch', () => ({
  openLocal: () => ({}),
  openRemote: () => ({}),
}));

const { deskSync } = await import('../../../../../extension/background/sync/desk-sync');

beforeEach(() => {
  fakeBrowser.reset();
  syncs.length = 0;
});

/** Settles the sync under way once it has started. */
async function endSync(): Promise<void> {
  await vi.waitFor(() => expect(syncs.length).toBeGreaterThan(0));
  syncs.shift()?.();
}

test('"Sync now" asked while a sync runs answers once no sync is left, never "syncing" for good', async () => {
  await storage.setItem('local:deskSync', {
    serverUrl: 'http://127.0.0.1:5984',
    desk: 'desk',
    name: 'alice',
  });
  const desk = deskSync({} as never, {} as never);
  const first = desk.syncNow();
  await vi.waitFor(() => expect(syncs).toHaveLength(1));
  // Asked again while the first runs (the case after a write's own sync): one more sync follows.
  const second = desk.syncNow();
  await endSync();
  await endSync();
  for (const answer of await Promise.all([first, second])) {
    expect(answer.syncing).toBe(false);
    expect(answer.lastSyncAt).not.toBeNull();
  }
  expect(syncs).toHaveLength(0);
});
