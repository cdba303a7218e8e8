/**
 * The layers of the code base (DEVELOPERS.md): imports run downward only, entrypoints →
 * extension → components → storage → core, and core stays pure (no extension API, no Dexie, no
 * WXT). Imports are read by TypeScript's own pre-processor (`ts.preProcessFile`), static and
 * dynamic alike, so a new file cannot drift across a layer unnoticed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const LAYERS = ['entrypoints', 'extension', 'components', 'storage', 'core'] as const;
type Layer = (typeof LAYERS)[number];

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => join(folder, file));
}

/** Every module a file imports (static, dynamic, re-exports), as written. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
  return info.importedFiles.map((imported) => imported.fileName);
}

const layerOf = (path: string): Layer | undefined =>
  LAYERS.find((layer) => path === layer || path.startsWith(`${layer}${sep}`));

const files = LAYERS.flatMap((layer) => sourceFiles(layer).map((file) => ({ file, layer })));

describe('layers', () => {
  test('the source is where the layers say (a sanity check of the scan)', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(files.some(({ file }) => file.endsWith(`core${sep}claims${sep}page-claims.ts`))).toBe(true);
  });

  test('imports run downward only: entrypoints → extension → components → storage → core', () => {
    const upward = files.flatMap(({ file, layer }) =>
      importsOf(file)
        .filter((spec) => spec.startsWith('.'))
        .flatMap((spec) => {
          const target = layerOf(relative(ROOT, resolve(ROOT, dirname(file), spec)));
          return target && LAYERS.indexOf(target) < LAYERS.indexOf(layer) ? [`${file} imports ${spec}`] : [];
        }),
    );
    expect(upward).toEqual([]);
  });

  test('core imports no extension API, no Dexie and no WXT', () => {
    const impure = files
      .filter(({ layer }) => layer === 'core')
      .flatMap(({ file }) =>
        importsOf(file)
          .filter((spec) => /^(wxt|dexie|webextension-polyfill|@wxt-dev)(\/|$)/.test(spec))
          .map((spec) => `${file} imports ${spec}`),
      );
    expect(impure).toEqual([]);
  });
});
