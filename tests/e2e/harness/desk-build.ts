/**
 * TEST ONLY: a copy of the Chrome build whose manifest already holds the loopback origin as a
 * host permission, for the desk sync scenarios. The options page asks for the desk server's
 * origin as an optional host permission on the reader's click; a headless Chromium shows that
 * prompt to nobody and the request never answers. When the origin is already granted, Chromium
 * answers `true` without a prompt, so the same options page code runs unchanged. The shipped
 * manifest (wxt.config.ts) is untouched: only this temporary copy, deleted with the browser's
 * profile, differs. Firefox needs no copy: the harness starts it with
 * `extensions.webextOptionalPermissionPrompts` off, which grants optional permissions unprompted.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertLaunchable } from './paths';

/** Any port of 127.0.0.1, where the tests start their desk server. */
const LOOPBACK_ORIGINS = ['http://127.0.0.1/*'];

/** Copies the Chrome build to a temporary folder and grants it the loopback origin. */
export async function chromiumDeskBuild(): Promise<string> {
  const { buildDir } = assertLaunchable('chromium');
  const copy = await mkdtemp(join(tmpdir(), 'factmark-desk-build-'));
  await cp(buildDir, copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...LOOPBACK_ORIGINS];
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return copy;
}
