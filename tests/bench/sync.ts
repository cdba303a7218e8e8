/**
 * `npm run bench:sync [count]`: desk sync on loopback, with the extension's own sync code
 * (extension/background/sync/run-sync.ts) between devices in Node: each device is a Dexie
 * database (fake-indexeddb, so storage figures are only an order of magnitude) and an in-memory
 * local PouchDB, syncing through a CouchDB-protocol desk server on 127.0.0.1 started here
 * (tests/desk/desk-server.ts). Prints:
 * - the time for a first device to send `count` fact-checks (default 10,000) and for a second
 *   device to receive them all into Dexie (one sync: replication and writing);
 * - the time for one edit to reach another member (edit, sync on the editing device, sync on the
 *   other), median of 20 edits; in the extension a device also waits for its next scheduled sync;
 * - a scripted concurrent-edit run: two members edit the same fact-checks apart, then sync; how
 *   many fact-checks show a conflict, and how many of the versions written were lost (goal 0).
 */
import 'fake-indexeddb/auto';
import { runSync } from '../../extension/background/sync/run-sync';
import { FactmarkDb } from '../../storage/db';
import { factmarkWriter } from '../../storage/writer';
import { startDeskServer } from '../desk/desk-server';
import { generate } from './lib/review-data';

const count = Number(process.argv[2] ?? 10_000);
const EDITS = 20;
const CONCURRENT = 100;
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const server = await startDeskServer();
const members = {
  alice: { name: 'alice', password: 'alice-pw' },
  erin: { name: 'erin', password: 'erin-pw', roles: ['editor'] },
};
await server.createDesk('bench', Object.values(members));

function device(member: { name: string; password: string }) {
  const db = new FactmarkDb(`bench-${member.name}-${crypto.randomUUID()}`);
  const writer = factmarkWriter(db, async () => {});
  const local = server.localDb(member.name);
  const remote = server.remote('bench', member);
  const sync = async () => {
    const report = await runSync({ db, writer, local, remote, member: member.name, desk: 'bench' });
    if (!report.ok) throw new Error(report.error?.message);
    return report;
  };
  return { db, writer, sync };
}

try {
  const alice = device(members.alice);
  const erin = device(members.erin);
  const data = generate(count);
  await alice.writer.restore({ articles: data.articles, claims: data.claims, factChecks: data.factChecks });

  let started = performance.now();
  const sent = await alice.sync();
  const sendTime = performance.now() - started;
  started = performance.now();
  const received = await erin.sync();
  const receiveTime = performance.now() - started;
  const arrived = await erin.db.factChecks.count();
  console.log(
    `first device sends ${count} fact-checks (${sent.sent} records): ${seconds(sendTime)}; ` +
      `second device receives them (${received.received} records, ${arrived} fact-checks in Dexie): ${seconds(receiveTime)}`,
  );

  const ids = data.factChecks.slice(0, EDITS).map((row) => row.id);
  const latencies: number[] = [];
  for (const [index, id] of ids.entries()) {
    const note = `edit ${index}`;
    started = performance.now();
    await alice.writer.update(id, { note });
    await alice.sync();
    await erin.sync();
    latencies.push(performance.now() - started);
    if ((await erin.db.factChecks.get(id))?.note !== note) throw new Error(`edit ${index} did not arrive`);
  }
  console.log(
    `one edit reaches another member (edit, sync, sync; ${count} on the desk): median ${seconds(median(latencies))} over ${EDITS}`,
  );

  const shared = data.factChecks.slice(EDITS, EDITS + CONCURRENT).map((row) => row.id);
  for (const id of shared) {
    await alice.writer.update(id, { note: `alice ${id}` });
    await erin.writer.update(id, { note: `erin ${id}` });
  }
  await alice.sync();
  await erin.sync();
  await alice.sync();
  let conflicts = 0;
  let lost = 0;
  for (const id of shared) {
    for (const db of [alice.db, erin.db]) {
      const row = await db.factChecks.get(id);
      const notes = new Set([row?.note, ...(row?.conflicts ?? []).map((version) => version.note)]);
      if (db === alice.db && (row?.conflicts?.length ?? 0) > 0) conflicts++;
      lost += [`alice ${id}`, `erin ${id}`].filter((note) => !notes.has(note)).length;
    }
  }
  console.log(
    `concurrent edits: ${CONCURRENT} fact-checks edited apart by two members -> ${conflicts} shown as conflicts; ` +
      `versions lost: ${lost} of ${CONCURRENT * 2 * 2} checked (both versions on both devices)`,
  );
} finally {
  await server.stop();
}
