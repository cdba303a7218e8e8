// @vitest-environment node
// Node's own fetch talks to the desk server (happy-dom's applies a page's CORS rules).
/**
 * Deletes through desk sync, found by a review (2026-12-02): each test fails on the code before.
 * A delete made while a sync runs is not undone by that sync's pull; a fact-check whose versions
 * disagree goes on every device when deleted; a delete of a record a teammate changed meanwhile
 * leaves both devices with the teammate's version; a teammate's version the deleting reader never
 * saw outlives the delete; and a sync cut short while it takes a record back finds it again.
 */
import { describe, expect, test, vi } from 'vitest';
import { fakeDraft } from '../../../factories';
import { type Device, disagreeingFactCheck, FRANK, MEMBERS, revisedTwice, useDesk } from './two-devices';

// Each test replicates over loopback several times: slower than a unit test, far below this.
vi.setConfig({ testTimeout: 60_000 });
const rig = useDesk();

/**
 * A fact-check Alice made and Erin changed since (both synced); Alice edits it while her sync pulls
 * Erin's change, so hers is kept and Erin's set aside, then deletes it before sending her edit.
 * Answers its id.
 */
async function deletedAfterTeammateChange(alice: Device, erin: Device): Promise<string> {
  const { factCheck } = await alice.writer.create(fakeDraft({ verdict: 'mixed' }));
  await alice.sync();
  await erin.sync();
  await erin.writer.update(factCheck.id, { verdict: 'true' });
  await erin.sync();
  await alice.sync(() => alice.writer.update(factCheck.id, { note: 'edit here' }));
  await alice.writer.delete([factCheck.id]);
  return factCheck.id;
}

describe('deleting through desk sync', () => {
  test('a fact-check created, then deleted while its first sync runs, stays deleted everywhere', async () => {
    const desk = await rig.newDesk();
    const alice = rig.device(desk, MEMBERS.alice);
    const bob = rig.device(desk, MEMBERS.bob);
    const { factCheck } = await alice.writer.create(fakeDraft());
    // The sync has sent it to the local database when the reader deletes it; its pull then reads
    // back the revision it sent.
    await alice.sync(() => alice.writer.delete([factCheck.id]));
    expect(await alice.db.factChecks.get(factCheck.id)).toBeUndefined();
    await alice.sync();
    await bob.sync();
    expect(await alice.db.factChecks.get(factCheck.id)).toBeUndefined();
    expect(await bob.db.factChecks.get(factCheck.id)).toBeUndefined();
  });

  test('an edited fact-check deleted while the sync sending the edit runs stays deleted everywhere', async () => {
    const desk = await rig.newDesk();
    const alice = rig.device(desk, MEMBERS.alice);
    const bob = rig.device(desk, MEMBERS.bob);
    const { factCheck } = await alice.writer.create(fakeDraft());
    await alice.sync();
    await bob.sync();
    expect(await bob.db.factChecks.get(factCheck.id)).toBeDefined();
    await alice.writer.update(factCheck.id, { note: 'edited' });
    await alice.sync(() => alice.writer.delete([factCheck.id]));
    await alice.sync();
    await bob.sync();
    expect(await alice.db.factChecks.get(factCheck.id)).toBeUndefined();
    expect(await bob.db.factChecks.get(factCheck.id)).toBeUndefined();
  });

  test('a fact-check whose versions disagree, deleted, is gone on both devices, no version promoted', async () => {
    const desk = await rig.newDesk();
    const alice = rig.device(desk, MEMBERS.alice);
    const erin = rig.device(desk, MEMBERS.erin);
    const id = await disagreeingFactCheck(alice, erin);
    expect((await alice.db.factChecks.get(id))?.conflicts).toHaveLength(1);

    await alice.writer.delete([id]);
    const report = await alice.sync();
    expect(report.refused).toEqual([]);
    await erin.sync();
    await alice.sync();
    expect(await alice.db.factChecks.get(id)).toBeUndefined();
    expect(await erin.db.factChecks.get(id)).toBeUndefined();
  });

  test('a delete of a fact-check a teammate changed meanwhile leaves both devices with their version', async () => {
    const desk = await rig.newDesk();
    const alice = rig.device(desk, MEMBERS.alice);
    const erin = rig.device(desk, MEMBERS.erin);
    const id = await deletedAfterTeammateChange(alice, erin);
    await alice.sync();
    await erin.sync();
    await alice.sync();
    expect((await alice.db.factChecks.get(id))?.verdict).toBe('true');
    expect((await erin.db.factChecks.get(id))?.verdict).toBe('true');
    // Its claim came back with it.
    const claimId = (await erin.db.factChecks.get(id))?.claimId ?? '';
    expect(await alice.db.claims.get(claimId)).toBeDefined();
  });

  test("a teammate's version the reader never saw outlives their delete, on every device", async () => {
    const desk = await rig.newDesk([...Object.values(MEMBERS), FRANK]);
    const alice = rig.device(desk, MEMBERS.alice);
    const frank = rig.device(desk, FRANK);
    // Alice's version is two revisions on, Frank's one: hers comes first everywhere.
    const id = await revisedTwice(alice, [frank]);
    await frank.writer.update(id, { verdict: 'unverifiable' });
    await frank.sync();
    // Alice deletes hers while the sync bringing Frank's runs: she never saw it.
    expect((await alice.db.factChecks.get(id))?.conflicts).toBeUndefined();
    await alice.sync(() => alice.writer.delete([id]));
    await alice.sync();
    await frank.sync();
    expect((await frank.db.factChecks.get(id))?.verdict).toBe('unverifiable');
    expect((await alice.db.factChecks.get(id))?.verdict).toBe('unverifiable');
  });

  test('a sync cut short while it takes a record back finds it again at the next', async () => {
    const desk = await rig.newDesk();
    const alice = rig.device(desk, MEMBERS.alice);
    const erin = rig.device(desk, MEMBERS.erin);
    const id = await deletedAfterTeammateChange(alice, erin);
    // The worker stops as the sync writes back Erin's version.
    const apply = alice.writer.applySynced.bind(alice.writer);
    let calls = 0;
    alice.writer.applySynced = async (batch) => {
      calls++;
      if (calls === 1) throw new Error('service worker stopped');
      return apply(batch);
    };
    await alice.sync();
    await alice.sync();
    expect((await alice.db.factChecks.get(id))?.verdict).toBe('true');
  });
});
