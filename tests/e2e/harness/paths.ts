/**
 * Where the end-to-end harness finds things: the repository root, the fixtures served to the
 * browsers, the built extensions (`npm run build:all`) and the browser executables.
 * Every path is absolute: Chromium's `--load-extension` and Firefox's add-on install need that.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const FIXTURES_DIR = join(REPO_ROOT, 'tests', 'fixtures');

/** Output folders written by `wxt build` and `wxt build -b firefox`. */
export const BUILD_DIRS = {
  chromium: join(REPO_ROOT, '.output', 'chrome-mv3'),
  firefox: join(REPO_ROOT, '.output', 'firefox-mv2'),
} as const;

/** System browsers (Debian packages `chromium`, `firefox-esr`); env vars override. */
const BROWSER_PATHS = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
} as const;

const INSTALL_HINTS = {
  chromium: 'sudo apt-get install -y chromium (or set CHROMIUM_PATH)',
  firefox: 'sudo apt-get install -y firefox-esr (or set FIREFOX_PATH)',
} as const;

/** Throws a readable error when the build or the browser is missing, before any launch. */
export function assertLaunchable(name: keyof typeof BUILD_DIRS): { buildDir: string; executable: string } {
  const buildDir = BUILD_DIRS[name];
  if (!existsSync(join(buildDir, 'manifest.json'))) {
    throw new Error(`No extension build at ${buildDir}: run npm run build:all first.`);
  }
  const executable = BROWSER_PATHS[name];
  if (!existsSync(executable)) {
    throw new Error(`No ${name} at ${executable}: ${INSTALL_HINTS[name]}.`);
  }
  return { buildDir, executable };
}
