/**
 * Signing in to a desk's CouchDB server: `POST /_session` with the member's name and password
 * answers with a session cookie that the browser keeps for the server's origin (the extension
 * has that origin as an optional host permission, granted on the options page). The password is
 * used for that one request and never stored; every later request carries the cookie.
 */
import type { DeskSettings } from '../../../core/sync/sync-status';
import { describeSyncError, type SyncError } from './sync-errors';

async function failure(response: Response): Promise<{ status: number; reason?: string }> {
  const body = (await response.json().catch(() => ({}))) as { reason?: string };
  return { status: response.status, ...(body.reason ? { reason: body.reason } : {}) };
}

/** Signs in; answers null on success, else a readable error. */
export async function signIn(settings: DeskSettings, password: string): Promise<SyncError | null> {
  try {
    const response = await fetch(`${settings.serverUrl}/_session`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: settings.name, password }),
    });
    return response.ok ? null : describeSyncError(await failure(response), settings.desk);
  } catch (error) {
    return describeSyncError(error, settings.desk);
  }
}

/** Checks that the signed-in member may read the desk; null when they may. */
export async function checkDesk(settings: DeskSettings): Promise<SyncError | null> {
  try {
    const response = await fetch(`${settings.serverUrl}/${encodeURIComponent(settings.desk)}`, {
      credentials: 'include',
    });
    return response.ok ? null : describeSyncError(await failure(response), settings.desk);
  } catch (error) {
    return describeSyncError(error, settings.desk);
  }
}

/** Ends the session on the server (the cookie goes); a server that cannot be reached is fine. */
export async function signOut(settings: DeskSettings): Promise<void> {
  await fetch(`${settings.serverUrl}/_session`, { method: 'DELETE', credentials: 'include' }).catch(
    () => undefined,
  );
}
