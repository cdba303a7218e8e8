// @vitest-environment node
/** `npm run desk:setup` against a CouchDB-protocol server on loopback, run twice as a desk would. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ADMIN, type DeskServer, startDeskServer } from '../../desk/desk-server';

const run = promisify(execFile);
let server: DeskServer;
beforeAll(async () => {
  server = await startDeskServer();
});
afterAll(() => server.stop());

const setup = (...args: string[]) =>
  run('npx', [
    'tsx',
    'sync/setup-desk.ts',
    '--server',
    server.url,
    '--admin',
    `${ADMIN.name}:${ADMIN.password}`,
    ...args,
  ]);

const put = (path: string, who: string, body: unknown) =>
  fetch(`${server.url}${path}`, {
    method: 'PUT',
    headers: {
      authorization: `Basic ${Buffer.from(who).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });

test('makes a desk with its members, rules and security; run again, adds members', {
  timeout: 60_000,
}, async () => {
  const first = await setup('--desk', 'newsroom', '--member', 'alice:pw-a', '--editor', 'erin:pw-e');
  expect(first.stdout).toContain('members alice, erin');
  const again = await setup('--desk', 'newsroom', '--member', 'bob:pw-b');
  expect(again.stdout).toContain('members alice, erin, bob');

  expect((await put('/newsroom/x', 'bob:pw-b', { type: 'comment' })).status).toBe(403);
  const outsider = await setup('--desk', 'other', '--member', 'zoe:pw-z');
  expect(outsider.stdout).toContain('members zoe');
  expect((await put('/newsroom/y', 'zoe:pw-z', { type: 'comment' })).status).toBe(401);
});
