/**
 * Where the sync stands, kept in the local PouchDB as a `_local` document: never replicated,
 * written in step with the changes it describes. `appliedSeq` is the last change of the local
 * database already written into Dexie.
 */
import type { Pouch } from './pouch';

const STATE_ID = '_local/factmark-sync';

export interface SyncState {
  appliedSeq: number | string;
}

interface StoredState extends SyncState {
  _rev?: string;
}

const states = new WeakMap<Pouch, StoredState>();

export async function readSyncState(local: Pouch): Promise<SyncState> {
  try {
    const stored = (await local.get(STATE_ID)) as unknown as StoredState;
    states.set(local, stored);
    return { appliedSeq: stored.appliedSeq };
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
    states.set(local, { appliedSeq: 0 });
    return { appliedSeq: 0 };
  }
}

export async function writeSyncState(local: Pouch, state: SyncState): Promise<SyncState> {
  const previous = states.get(local);
  const result = await local.put({
    _id: STATE_ID,
    ...(previous?._rev ? { _rev: previous._rev } : {}),
    ...state,
  });
  states.set(local, { ...state, ...(result.rev ? { _rev: result.rev } : {}) });
  return state;
}
