import { expect, test, vi } from 'vitest';
import { ensurePersisted } from '../../../storage/persistence';
import { isStorageFull } from '../../../storage/storage-full';

const storage = (persisted: boolean, grant: boolean) =>
  ({
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => grant),
  }) as unknown as StorageManager;

test.each([
  ['already persistent: not asked again', storage(true, false), 'granted', 0],
  ['asked and granted', storage(false, true), 'granted', 1],
  ['asked and refused', storage(false, false), 'denied', 1],
])('%s', async (_name, manager, expected, asked) => {
  expect(await ensurePersisted(manager)).toBe(expected);
  expect(manager.persist).toHaveBeenCalledTimes(asked);
});

test('a context without the API (a service worker) says so', async () => {
  expect(await ensurePersisted({} as StorageManager)).toBe('unsupported');
  expect(await ensurePersisted(undefined)).toBe('unsupported');
});

test.each([
  [new DOMException('quota', 'QuotaExceededError'), true],
  [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, true],
  [new Error('QuotaExceededError in a message only'), false],
  [null, false],
])('isStorageFull(%s) is %s', (error, full) => {
  expect(isStorageFull(error)).toBe(full);
});
