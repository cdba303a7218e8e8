// @vitest-environment node
// Node's own fetch talks to the desk server (happy-dom's applies a page's CORS rules).
/**
 * "Keep this version" removes the disagreeing versions the reader was shown, and only those: a
 * version that reached the device after the card or row was drawn is a new disagreement, never
 * dropped unseen, on any device (found by a review, 2026-12-02; fails on the code before, which
 * removed every version stored when the reader clicked).
 */
import { expect, test, vi } from 'vitest';
import { fakeDraft } from '../../../factories';
import { MEMBERS, useDesk } from './two-devices';

// Each test replicates over loopback several times: slower than a unit test, far below this.
vi.setConfig({ testTimeout: 60_000 });
const rig = useDesk();
const FRANK = { name: 'frank', password: 'frank-pw', roles: ['editor'] };

test('a version that arrives after the reader was shown the disagreement outlives their choice', async () => {
  const desk = await rig.newDesk([...Object.values(MEMBERS), FRANK]);
  const alice = rig.device(desk, MEMBERS.alice);
  const erin = rig.device(desk, MEMBERS.erin);
  const frank = rig.device(desk, FRANK);
  const { factCheck } = await alice.writer.create(fakeDraft({ verdict: 'mixed' }));
  await alice.sync();
  await erin.sync();
  await frank.sync();
  await alice.writer.update(factCheck.id, { verdict: 'false' });
  await erin.writer.update(factCheck.id, { verdict: 'true' });
  await alice.sync();
  await erin.sync();
  await alice.sync();
  const shown = await alice.db.factChecks.get(factCheck.id);
  expect(shown?.conflicts).toHaveLength(1);

  // Frank's version arrives while Alice reads the card.
  await frank.writer.update(factCheck.id, { verdict: 'unverifiable', note: 'La source est un faux.' });
  await frank.sync();
  await alice.sync();
  expect((await alice.db.factChecks.get(factCheck.id))?.conflicts).toHaveLength(2);

  // Alice keeps the version she was shown first, over the one she was shown beside it.
  const seen = (shown?.conflicts ?? []).map((version) => version.rev);
  const kept = await alice.writer.resolveConflict(
    factCheck.id,
    { ...factCheck, verdict: shown?.verdict ?? null },
    seen,
  );
  expect(kept.conflicts?.map((version) => version.verdict)).toEqual(['unverifiable']);
  await alice.sync();
  await frank.sync();
  await erin.sync();
  for (const device of [alice, frank, erin]) {
    const row = await device.db.factChecks.get(factCheck.id);
    const versions = [row?.verdict, ...(row?.conflicts ?? []).map((version) => version.verdict)].sort();
    // Erin's version (shown to Alice) is gone; Frank's stays beside Alice's choice.
    expect(versions).toEqual([shown?.verdict, 'unverifiable'].sort());
  }
});
