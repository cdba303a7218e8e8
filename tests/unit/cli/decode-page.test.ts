import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodePage } from '../../../cli/decode-page';
import { processIo } from '../../../cli/main';

const LATIN1_UE = 0xfc; // "ü" in windows-1252 and ISO-8859-1; not valid UTF-8 alone.

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(
    parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)),
  );

describe('decodePage', () => {
  test('a page labelled windows-1252 keeps its accented letters', () => {
    const page = bytes('<meta charset="windows-1252"><p>f', [LATIN1_UE], 'r</p>');
    expect(decodePage(page)).toBe('<meta charset="windows-1252"><p>für</p>');
  });

  test('the label in http-equiv, another single-byte encoding', () => {
    const page = bytes(
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"><p>',
      [0xb1],
      '</p>',
    );
    expect(decodePage(page)).toContain('<p>ą</p>');
  });

  test('an unlabelled page: UTF-8 when its bytes are, windows-1252 otherwise', () => {
    expect(decodePage(new TextEncoder().encode('<p>für 12 Stück</p>'))).toBe('<p>für 12 Stück</p>');
    expect(decodePage(bytes('<p>f', [LATIN1_UE], 'r</p>'))).toBe('<p>für</p>');
  });

  test('a byte order mark wins over the meta label, as in a browser', () => {
    const page = Uint8Array.from([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('<meta charset="windows-1252"><p>é</p>'),
    ]);
    expect(decodePage(page)).toBe('<meta charset="windows-1252"><p>é</p>');
  });

  test('a label with no decoder ("replacement") is read as UTF-8', () => {
    expect(decodePage(new TextEncoder().encode('<meta charset="iso-2022-kr"><p>é</p>'))).toContain(
      '<p>é</p>',
    );
  });
});

test('the command line reads a page file through decodePage, other files as UTF-8', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'factmark-decode-'));
  const file = join(dir, 'page.html');
  writeFileSync(file, bytes('<meta charset="windows-1252"><p>Gr', [LATIN1_UE], 'n</p>'));
  expect(await processIo.readPage(file)).toContain('<p>Grün</p>');
  expect(await processIo.readFile(file)).toContain('<p>Gr\uFFFDn</p>');
});
