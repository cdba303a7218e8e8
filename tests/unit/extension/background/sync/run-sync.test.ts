// @vitest-environment node
// Node's own fetch talks to the desk server (happy-dom's applies a page's CORS rules).
import { revsOf } from '../../../../../core/sync/conflicts';
import { describe, expect, test, vi } from 'vitest';
import type { StoredClaim } from '../../../../../core/model/stored-records';
import { fullScanEntry } from '../../../../../storage/sync-outbox';
import { fakeDraft } from '../../../factories';
import { type Device, disagreeingFactCheck, MEMBERS, useDesk } from './two-devices';

// Each test replicates over loopback several times: slower than a unit test, far below this.
vi.setConfig({ testTimeout: 60_000 });
const rig = useDesk();

const REVISED = 'Le barrage a été achevé en mars 2024, un an plus tard que prévu.';

/** A clock a second later at each reading: a revision is never in the same instant as the save. */
function ticking(): () => Date {
  let at = Date.parse('2025-07-06T09:00:00.000Z');
  return () => {
    at += 1000;
    return new Date(at);
  };
}

/** The claim's text, quote and place once revised to read `text` (writer.rebaseClaim). */
function revised(claim: StoredClaim, text: string) {
  return { text, quote: { ...claim.quote, exact: text }, position: claim.position };
}

/**
 * The device's local PouchDB refuses the document `id` once, with a revision conflict (as when it
 * changed between the read and the write), and writes the rest of that batch.
 */
function refuseOnce(device: Device, id: string): void {
  const write = device.local.bulkDocs.bind(device.local);
  vi.spyOn(device.local, 'bulkDocs').mockImplementationOnce(async (docs, options) => {
    const refused = docs.filter((doc) => doc._id === id);
    const written = await write(
      docs.filter((doc) => !refused.includes(doc)),
      options,
    );
    // As PouchDB answers a conflict.
    const conflict = { error: true, name: 'conflict', message: 'Document update conflict', status: 409 };
    return [...written, ...refused.map((doc) => ({ id: doc._id, ...conflict }))];
  });
}

describe('desk sync between two devices', () => {
  test("a member's fact-check reaches another member's device, with its author", async () => {
    const desk = await rig.newDesk();
    const alice = rig.device(desk, MEMBERS.alice);
    const bob = rig.device(desk, MEMBERS.bob);
    const { factCheck } = await alice.writer.create(fakeDraft({ verdict: 'false' }));

    const sent = await alice.sync();
    expect(sent).toMatchObject({ ok: true, refused: [] });
    expect(sent.sent).toBe(3);
    expect(await bob.sync()).toMatchObject({ ok: true, refused: [] });

    const received = await bob.db.factChecks.get(factCheck.id);
    expect(received).toMatchObject({
      verdict: 'false',
      author: 'alice',
      site: 'news.example',
      sourceCount: 1,
    });
    expect(await bob.db.claims.count()).toBe(1);
    expect(await bob.db.articles.count()).toBe(1);
    // Alice's own row learns its author from the desk; a second sync sends nothing.
    expect((await alice.db.factChecks.get(factCheck.id))?.author).toBe('alice');
    expect((await alice.sync()).sent).toBe(0);
  });

  test('a record the local database refuses is sent by the next sync, not forgotten', async () => {
    const desk = await rig.newDesk();
    const alice = rig.device(desk, MEMBERS.alice);
    const bob = rig.device(desk, MEMBERS.bob);
    const { factCheck } = await alice.writer.create(fakeDraft({ verdict: 'false' }));
    // The fact-check's write meets a revision conflict once; the article and the claim are written.
    refuseOnce(alice, factCheck.id);

    const first = await alice.sync();
    expect(first.sent).toBe(2);
    expect(first.refused).toEqual([`${factCheck.id}: Document update conflict`]);
    expect((await alice.db.syncOutbox.toArray()).map((entry) => entry.id)).toEqual([factCheck.id]);
    expect((await alice.sync()).sent).toBe(1);
    expect(await alice.db.syncOutbox.count()).toBe(0);
    await bob.sync();
    expect((await bob.db.factChecks.get(factCheck.id))?.verdict).toBe('false');
  });

  test('a record refused during a full scan is logged alone for the next sync: no second scan', async () => {
    const desk = await rig.newDesk();
    const alice = rig.device(desk, MEMBERS.alice);
    const { factCheck } = await alice.writer.create(fakeDraft());
    await alice.db.syncOutbox.clear();
    await alice.db.syncOutbox.put(fullScanEntry());
    refuseOnce(alice, factCheck.id);
    expect((await alice.sync()).sent).toBe(2);
    expect(await alice.db.syncOutbox.toArray()).toEqual([
      { id: factCheck.id, table: 'factChecks', stamp: expect.any(String) },
    ]);
    expect((await alice.sync()).sent).toBe(1);
    expect(await alice.db.syncOutbox.count()).toBe(0);
  });

  test('an edit and a delete reach the other device', async () => {
    const desk = await rig.newDesk();
    const alice = rig.device(desk, MEMBERS.alice);
    const bob = rig.device(desk, MEMBERS.bob);
    const { factCheck } = await alice.writer.create(fakeDraft());
    await alice.sync();
    await bob.sync();

    await alice.writer.update(factCheck.id, { note: 'Source retrouvée.' });
    // Only the record written since the last sync is read and sent (storage/sync-outbox.ts).
    expect((await alice.sync()).sent).toBe(1);
    expect(await alice.db.syncOutbox.count()).toBe(0);
    await bob.sync();
    expect((await bob.db.factChecks.get(factCheck.id))?.note).toBe('Source retrouvée.');

    await alice.writer.delete([factCheck.id]);
    await alice.sync();
    await bob.sync();
    expect(await bob.db.factChecks.get(factCheck.id)).toBeUndefined();
    expect(await bob.db.claims.count()).toBe(0);
  });

  test('a claim revised on one device reaches the other, with the words searches find', async () => {
    const desk = await rig.newDesk();
    const alice = rig.device(desk, MEMBERS.alice, ticking());
    const bob = rig.device(desk, MEMBERS.bob);
    const { claim, factCheck } = await alice.writer.create(fakeDraft());
    await alice.sync();
    await bob.sync();

    await alice.writer.rebaseClaim(claim.id, revised(claim, REVISED), 'e'.repeat(32));
    expect((await alice.sync()).sent).toBe(1);
    await bob.sync();
    expect(await bob.db.claims.get(claim.id)).toMatchObject({
      text: REVISED,
      checkedFingerprint: 'e'.repeat(32),
    });
    expect((await bob.db.factChecks.get(factCheck.id))?.words).toContain('barrage');
    expect((await alice.sync()).sent).toBe(0);
  });

  test('a device whose claim marks predate revisions takes a revision from the desk', async () => {
    const desk = await rig.newDesk();
    const alice = rig.device(desk, MEMBERS.alice, ticking());
    const bob = rig.device(desk, MEMBERS.bob);
    const { claim } = await alice.writer.create(fakeDraft());
    await alice.sync();
    await bob.sync();
    // As a sync before claims' marks kept when their text was checked left them.
    await bob.db.syncMarks.update(claim.id, { updatedAt: null });

    await alice.writer.rebaseClaim(claim.id, revised(claim, REVISED), 'e'.repeat(32));
    await alice.sync();
    await bob.sync();
    expect((await bob.db.claims.get(claim.id))?.text).toBe(REVISED);
  });

  test('a claim revised here while a sync pulls another revision of it is kept, then sent', async () => {
    const desk = await rig.newDesk();
    const alice = rig.device(desk, MEMBERS.alice, ticking());
    const erin = rig.device(desk, MEMBERS.erin, ticking());
    const { claim } = await alice.writer.create(fakeDraft());
    await alice.sync();
    await erin.sync();
    await erin.writer.rebaseClaim(
      claim.id,
      revised(claim, 'Le barrage a été achevé en 2023.'),
      'd'.repeat(32),
    );
    await erin.sync();

    await alice.sync(() => alice.writer.rebaseClaim(claim.id, revised(claim, REVISED), 'e'.repeat(32)));
    expect((await alice.db.claims.get(claim.id))?.text).toBe(REVISED);
    expect((await alice.sync()).sent).toBe(1);
  });

  test('an edit made here while a sync pulls the desk delete of that fact-check outlives it', async () => {
    const desk = await rig.newDesk();
    const alice = rig.device(desk, MEMBERS.alice);
    const erin = rig.device(desk, MEMBERS.erin);
    const { factCheck } = await alice.writer.create(fakeDraft());
    await alice.sync();
    await erin.sync();
    await erin.writer.delete([factCheck.id]);
    await erin.sync();

    const note = 'Edited as the delete came in.';
    expect(await alice.sync(() => alice.writer.update(factCheck.id, { note }))).toMatchObject({ ok: true });
    expect((await alice.db.factChecks.get(factCheck.id))?.note).toBe(note);
    // The next sync sends it back, with its claim, which the desk had deleted too.
    expect((await alice.sync()).sent).toBe(2);
    await erin.sync();
    expect((await erin.db.factChecks.get(factCheck.id))?.note).toBe(note);
    expect(await erin.db.claims.count()).toBe(1);
  });

  test('records written before the change log existed are found by one full scan', async () => {
    const desk = await rig.newDesk();
    const alice = rig.device(desk, MEMBERS.alice);
    await alice.writer.create(fakeDraft());
    // As after the upgrade that creates the log: the entries are gone, a full scan is asked.
    await alice.db.syncOutbox.clear();
    await alice.db.syncOutbox.put(fullScanEntry());
    expect((await alice.sync()).sent).toBe(3);
    expect(await alice.db.syncOutbox.count()).toBe(0);
    expect((await alice.sync()).sent).toBe(0);
  });

  test('two members edit the same verdict apart: both versions are kept and shown, then resolved', async () => {
    const desk = await rig.newDesk();
    const alice = rig.device(desk, MEMBERS.alice);
    const erin = rig.device(desk, MEMBERS.erin);
    const id = await disagreeingFactCheck(alice, erin);

    const seenByAlice = await alice.db.factChecks.get(id);
    const seenByErin = await erin.db.factChecks.get(id);
    const verdicts = (row: typeof seenByAlice) =>
      [row?.verdict, ...(row?.conflicts ?? []).map((c) => c.verdict)].sort();
    expect(verdicts(seenByAlice)).toEqual(['false', 'true']);
    expect(verdicts(seenByErin)).toEqual(['false', 'true']);
    expect(seenByAlice?.verdict).toBe(seenByErin?.verdict);

    // Alice picks Erin's verdict; the disagreement goes on both devices.
    await alice.writer.resolveConflict(
      id,
      { verdict: 'true', sources: [], note: seenByAlice?.note ?? '', tags: [] },
      {
        updatedAt: seenByAlice?.updatedAt ?? '',
        versions: revsOf(seenByAlice?.conflicts),
      },
    );
    await alice.sync();
    await erin.sync();
    for (const device of [alice, erin]) {
      const row = await device.db.factChecks.get(id);
      expect(row).toMatchObject({ verdict: 'true' });
      expect(row?.conflicts).toBeUndefined();
    }
  });

  test("a member's edit of another member's fact-check is refused by the desk (403) and kept locally", async () => {
    const desk = await rig.newDesk();
    const alice = rig.device(desk, MEMBERS.alice);
    const bob = rig.device(desk, MEMBERS.bob);
    const { factCheck } = await alice.writer.create(fakeDraft({ verdict: 'mixed' }));
    await alice.sync();
    await bob.sync();

    await bob.writer.update(factCheck.id, { verdict: 'true' });
    const report = await bob.sync();
    expect(report.refused.join(' ')).toContain('Only alice or an editor may change this fact-check');
    expect((await bob.db.factChecks.get(factCheck.id))?.verdict).toBe('true');
    await alice.sync();
    expect((await alice.db.factChecks.get(factCheck.id))?.verdict).toBe('mixed');
  });

  test('someone who is not a member of the desk is refused, readably', async () => {
    const desk = await rig.newDesk([MEMBERS.alice]);
    const server = rig.server();
    await server.createDesk(`${desk}-other`, [MEMBERS.bob]);
    const bob = rig.device(desk, MEMBERS.bob);
    await bob.writer.create(fakeDraft());
    const report = await bob.sync();
    expect(report.ok).toBe(false);
    expect(report.error?.code).toMatch(/unauthorized|forbidden/);
    expect(report.error?.message).toMatch(/\(40[13]\)/);
    expect(await bob.db.factChecks.count()).toBe(1);
  });

  test('a wrong password is refused with a 401 the reader can act on', async () => {
    const desk = await rig.newDesk();
    const mallory = rig.device(desk, { name: 'alice', password: 'wrong' });
    const report = await mallory.sync();
    expect(report.error).toMatchObject({ code: 'unauthorized' });
    expect(report.error?.message).toContain('sign in again');
  });

  test('a server outage mid-sync loses nothing: local work stays, and the next sync completes', async () => {
    const desk = await rig.newDesk();
    const alice = rig.device(desk, MEMBERS.alice);
    const bob = rig.device(desk, MEMBERS.bob);
    for (let i = 0; i < 30; i++) await alice.writer.create(fakeDraft({ note: `note ${i}` }));
    await rig.server().pause();
    const down = await alice.sync();
    expect(down.error?.code).toBe('unreachable');
    expect(await alice.db.factChecks.count()).toBe(30);

    await rig.server().resume();
    expect(await alice.sync()).toMatchObject({ ok: true });
    expect(await bob.sync()).toMatchObject({ ok: true });
    expect(await bob.db.factChecks.count()).toBe(30);
  });
});
