// @vitest-environment node
// Node's own fetch talks to the desk server (happy-dom's applies a page's CORS rules).
/**
 * "Keep this version" removes the disagreeing versions the reader was shown, and only those: a
 * version that reached the device after the card or row was drawn is a new disagreement, never
 * dropped unseen, on any device; and if the version shown first changed meanwhile, nothing is
 * written (found by a review, 2026-12-02; the first test fails on the code before, which removed
 * every version stored when the reader clicked).
 */
import { revsOf } from '../../../../../core/sync/conflicts';
import { expect, test, vi } from 'vitest';
import { VersionsChangedError } from '../../../../../storage/versions-changed';
import { disagreeingFactCheck, FRANK, MEMBERS, revisedTwice, useDesk } from './two-devices';

// Each test replicates over loopback several times: slower than a unit test, far below this.
vi.setConfig({ testTimeout: 60_000 });
const rig = useDesk();

const versionsOf = (row: { verdict: string | null; conflicts?: { verdict: string | null }[] } | undefined) =>
  [row?.verdict, ...(row?.conflicts ?? []).map((version) => version.verdict)].sort();

test('a version that arrives after the reader was shown the disagreement outlives their choice', async () => {
  const desk = await rig.newDesk([...Object.values(MEMBERS), FRANK]);
  const alice = rig.device(desk, MEMBERS.alice);
  const erin = rig.device(desk, MEMBERS.erin);
  const frank = rig.device(desk, FRANK);
  // Alice's version comes first everywhere, over Erin's and, once it arrives, Frank's.
  const id = await revisedTwice(alice, [erin, frank]);
  await erin.writer.update(id, { verdict: 'true' });
  await erin.sync();
  await alice.sync();
  const shown = await alice.db.factChecks.get(id);
  expect(versionsOf(shown)).toEqual(['false', 'true']);

  // Frank's version arrives while Alice reads the card.
  await frank.writer.update(id, { verdict: 'unverifiable' });
  await frank.sync();
  await alice.sync();
  expect(versionsOf(await alice.db.factChecks.get(id))).toEqual(['false', 'true', 'unverifiable']);

  // Alice keeps her version over Erin's, the one she was shown beside it.
  const kept = await alice.writer.resolveConflict(
    id,
    { verdict: 'false', sources: [], note: shown?.note ?? '', tags: [] },
    { updatedAt: shown?.updatedAt ?? '', versions: revsOf(shown?.conflicts) },
  );
  expect(versionsOf(kept)).toEqual(['false', 'unverifiable']);
  await alice.sync();
  await frank.sync();
  await erin.sync();
  for (const device of [alice, frank, erin]) {
    expect(versionsOf(await device.db.factChecks.get(id))).toEqual(['false', 'unverifiable']);
  }
});

test('a choice made on versions that changed since they were shown writes nothing', async () => {
  const desk = await rig.newDesk();
  const alice = rig.device(desk, MEMBERS.alice);
  const erin = rig.device(desk, MEMBERS.erin);
  const id = await disagreeingFactCheck(alice, erin);
  const shown = await alice.db.factChecks.get(id);
  // The fact-check changes elsewhere (the review page, a teammate's newer version coming first).
  await alice.writer.update(id, { note: 'Revu ailleurs.' });
  await expect(
    alice.writer.resolveConflict(
      id,
      { verdict: 'true', sources: [], note: '', tags: [] },
      { updatedAt: shown?.updatedAt ?? '', versions: revsOf(shown?.conflicts) },
    ),
  ).rejects.toBeInstanceOf(VersionsChangedError);
  const after = await alice.db.factChecks.get(id);
  expect(after?.note).toBe('Revu ailleurs.');
  expect(versionsOf(after)).toEqual(versionsOf(shown));
});
