/**
 * `npm run demo`, one of the README's two commands, as a fresh machine runs it without a display:
 * the demo script opens the demo article in Chromium with the built extension, prints the
 * article and its highlighted claims, saves a screenshot and exits 0. Run as a process, so what
 * breaks the command (a harness helper it needs made private) fails here.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { REPO_ROOT } from './harness/paths';

const run = promisify(execFile);
const workDir = mkdtempSync(join(tmpdir(), 'factmark-demo-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

test('the demo prints the demo article, its headline and text claims, and saves a screenshot', async () => {
  const { DISPLAY: _display, WAYLAND_DISPLAY: _wayland, ...headless } = process.env;
  const { stdout } = await run(
    join(REPO_ROOT, 'node_modules', '.bin', 'tsx'),
    [join(REPO_ROOT, 'scripts', 'demo.ts')],
    { cwd: workDir, env: headless, timeout: 90_000 },
  );
  expect(stdout).toContain('Article: La Russie reconnaît officiellement le régime des talibans');
  expect(stdout).toMatch(/Highlighted claims \([1-9]\d*\):/);
  expect(stdout).toContain('1. headline [');
  expect(stdout).toContain('why: ');
  expect(existsSync(join(workDir, 'demo-screenshot.png'))).toBe(true);
}, 120_000);
