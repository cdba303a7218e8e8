/**
 * `npm run desk:setup -- --server http://127.0.0.1:5984 --admin admin:PASSWORD --desk newsroom
 *  --member alice:PASSWORD --editor erin:PASSWORD …`: makes a CouchDB 3 database a Factmark desk.
 * Creates the database, each member's CouchDB user (editors get the `editor` role: they may edit
 * and delete others' fact-checks), the database's `_security` (only members read and write) and
 * the design document holding Factmark's `validate_doc_update` (core/sync/validate-doc-update.ts).
 * Safe to run again: what exists is updated, members are added, none removed.
 */
import { parseArgs } from 'node:util';
import { EDITOR_ROLE, designDocument } from '../core/sync/validate-doc-update';

const { values } = parseArgs({
  options: {
    server: { type: 'string', default: 'http://127.0.0.1:5984' },
    admin: { type: 'string' },
    desk: { type: 'string' },
    member: { type: 'string', multiple: true, default: [] },
    editor: { type: 'string', multiple: true, default: [] },
  },
});
if (!values.admin || !values.desk) {
  console.error(
    'Usage: npm run desk:setup -- --admin NAME:PASSWORD --desk DESK [--member NAME:PASSWORD]… [--editor NAME:PASSWORD]…',
  );
  process.exit(2);
}
const server = values.server.replace(/\/$/, '');
const authorization = `Basic ${Buffer.from(values.admin).toString('base64')}`;

async function call(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${server}${path}`, {
    method,
    headers: { authorization, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function upsert(path: string, doc: Record<string, unknown>): Promise<void> {
  const current = await call('GET', path);
  const rev = current.status === 200 ? { _rev: current.json._rev } : {};
  const written = await call('PUT', path, { ...current.json, ...doc, ...rev });
  if (written.status >= 300)
    throw new Error(`PUT ${path}: ${written.status} ${JSON.stringify(written.json)}`);
}

const split = (pair: string) => {
  const at = pair.indexOf(':');
  if (at < 1) throw new Error(`"${pair}" is not NAME:PASSWORD`);
  return { name: pair.slice(0, at), password: pair.slice(at + 1) };
};
const members = [
  ...values.member.map((pair) => ({ ...split(pair), roles: [] as string[] })),
  ...values.editor.map((pair) => ({ ...split(pair), roles: [EDITOR_ROLE] })),
];

const db = `/${encodeURIComponent(values.desk)}`;
const created = await call('PUT', db);
if (created.status >= 300 && created.status !== 412)
  throw new Error(`PUT ${db}: ${created.status} ${JSON.stringify(created.json)}`);
for (const { name, password, roles } of members) {
  await upsert(`/_users/org.couchdb.user:${encodeURIComponent(name)}`, {
    name,
    password,
    roles,
    type: 'user',
  });
}
const security = await call('GET', `${db}/_security`);
const known = ((security.json.members as { names?: string[] } | undefined)?.names ?? []) as string[];
const names = [...new Set([...known, ...members.map(({ name }) => name)])];
const secured = await call('PUT', `${db}/_security`, {
  admins: security.json.admins ?? { names: [], roles: [] },
  members: { names, roles: [] },
});
if (secured.status >= 300) throw new Error(`PUT ${db}/_security: ${secured.status}`);
const design = designDocument();
await upsert(`${db}/${design._id}`, design);
console.log(
  `Desk "${values.desk}" is ready on ${server}: members ${names.join(', ')}; design document ${design._id}.`,
);
