/**
 * Persistent storage: fact-checks are the reader's work, so Factmark asks the browser not to
 * evict its database under disk pressure (`navigator.storage.persist()`), on the first save and
 * whenever the popup opens until it is granted. `unlimitedStorage` lifts the quota but, in
 * Firefox, not eviction. Where the API is missing (Chrome's service worker has no
 * `navigator.storage.persist`; the popup asks there) the answer is `unsupported`.
 */
export type Persistence = 'granted' | 'denied' | 'unsupported';

/** Asks for persistence unless it is already granted; never throws. */
export async function ensurePersisted(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<Persistence> {
  if (!storage || typeof storage.persist !== 'function' || typeof storage.persisted !== 'function') {
    return 'unsupported';
  }
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}
