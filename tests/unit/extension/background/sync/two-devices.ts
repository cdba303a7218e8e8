/**
 * Test rig: devices of desk members, each with its own Dexie database, writer and local PouchDB,
 * syncing through one desk server on loopback (tests/desk/desk-server.ts).
 */
import { Dexie } from 'dexie';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { runSync, type SyncReport } from '../../../../../extension/background/sync/run-sync';
import type { Pouch } from '../../../../../extension/background/sync/pouch';
import { FactmarkDb } from '../../../../../storage/db';
import { factmarkWriter, type SyncWriter } from '../../../../../storage/writer';
import { type DeskMember, type DeskServer, startDeskServer } from '../../../../desk/desk-server';
import { fakeDraft } from '../../../factories';

export interface Device {
  db: FactmarkDb;
  writer: SyncWriter;
  local: Pouch;
  /**
   * One sync; `duringPull` runs after its push, as it starts pulling from the desk: what the
   * reader does while a sync is under way.
   */
  sync(duringPull?: () => Promise<unknown>): Promise<SyncReport>;
}

/** `local`, whose pulls from the desk first run `before`. */
function pullingAfter(local: Pouch, before: () => Promise<unknown>): Pouch {
  const replicate: Pouch['replicate'] = {
    to: (...args) => local.replicate.to(...args),
    from: async (...args) => {
      await before();
      return local.replicate.from(...args);
    },
  };
  return new Proxy(local, {
    get: (target, property) => (property === 'replicate' ? replicate : Reflect.get(target, property)),
  });
}

/**
 * A fact-check `first` made and both devices hold, then edited apart (`first` says false, `second`
 * true) and synced both ways: each device shows the same version first and the other beside it.
 * Answers its id.
 */
export async function disagreeingFactCheck(first: Device, second: Device): Promise<string> {
  const { factCheck } = await first.writer.create(fakeDraft({ verdict: 'mixed' }));
  await first.sync();
  await second.sync();
  await first.writer.update(factCheck.id, { verdict: 'false' });
  await second.writer.update(factCheck.id, { verdict: 'true' });
  await first.sync();
  await second.sync();
  await first.sync();
  return factCheck.id;
}

/**
 * A fact-check `first` made and every device of `others` holds, then revised twice by `first`
 * (verdict false, then a note) and sent: its version is two revisions on, so it comes first
 * (CouchDB's winner is the longest branch) over any teammate's version of one revision. Answers
 * its id.
 */
export async function revisedTwice(first: Device, others: readonly Device[]): Promise<string> {
  const { factCheck } = await first.writer.create(fakeDraft({ verdict: 'mixed' }));
  await first.sync();
  for (const device of others) await device.sync();
  await first.writer.update(factCheck.id, { verdict: 'false' });
  await first.sync();
  await first.writer.update(factCheck.id, { note: 'Source : le communiqué officiel.' });
  await first.sync();
  return factCheck.id;
}

/** A third member, an editor, for a version that arrives while others look. */
export const FRANK = { name: 'frank', password: 'frank-pw', roles: ['editor'] } satisfies DeskMember;

export const MEMBERS = {
  alice: { name: 'alice', password: 'alice-pw' },
  bob: { name: 'bob', password: 'bob-pw' },
  erin: { name: 'erin', password: 'erin-pw', roles: ['editor'] },
} satisfies Record<string, DeskMember>;

/** Starts one desk server for the file; answers a function making devices on a fresh desk. */
export function useDesk() {
  let server: DeskServer;
  const dbs: FactmarkDb[] = [];
  beforeAll(async () => {
    server = await startDeskServer();
  });
  afterAll(async () => {
    await server.stop();
  });
  afterEach(async () => {
    for (const db of dbs.splice(0)) {
      db.close();
      await Dexie.delete(db.name);
    }
  });
  return {
    server: () => server,
    async newDesk(members: readonly DeskMember[] = Object.values(MEMBERS)): Promise<string> {
      const desk = `desk-${crypto.randomUUID().slice(0, 8)}`;
      await server.createDesk(desk, members);
      return desk;
    },
    device(desk: string, member: { name: string; password: string }, clock?: () => Date): Device {
      const db = new FactmarkDb(`device-${crypto.randomUUID()}`);
      dbs.push(db);
      const writer = factmarkWriter(db, async () => {}, clock);
      const local = server.localDb(member.name);
      const remote = server.remote(desk, member);
      return {
        db,
        writer,
        local,
        sync: (duringPull) =>
          runSync({
            db,
            writer,
            local: duringPull ? pullingAfter(local, duringPull) : local,
            remote,
            member: member.name,
            desk,
          }),
      };
    },
  };
}
