import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { expect, test } from 'vitest';
import { FLOOR_SCRIPT_FILE, sendFloorExtension } from '../../bench/lib/send-floor';

test('the floor extension injects the file its start is traced by, with scripts that parse', async () => {
  const dir = await sendFloorExtension();
  try {
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as {
      manifest_version: number;
      background: { service_worker: string };
      content_scripts: { js: string[]; run_at: string }[];
    };
    expect(manifest.manifest_version).toBe(3);
    // Factmark's content script runs at document_idle too: both start at the same point of the load.
    expect(manifest.content_scripts).toEqual([expect.objectContaining({ run_at: 'document_idle' })]);
    const [script] = manifest.content_scripts[0]?.js ?? [];
    expect(`/${script}`).toBe(FLOOR_SCRIPT_FILE);
    for (const file of [script ?? '', manifest.background.service_worker]) {
      const source = await readFile(join(dir, file), 'utf8');
      expect(() => new Script(source)).not.toThrow();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
