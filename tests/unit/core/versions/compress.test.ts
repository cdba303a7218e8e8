import { expect, test } from 'vitest';
import { compressText, decompressText } from '../../../../core/versions/compress';

test('a text survives compression, accents and astral characters included', async () => {
  const text = `La Russie a reconnu les talibans — « première » 🇦🇫 ${'répété '.repeat(200)}`;
  const bytes = await compressText(text);
  expect(bytes.length).toBeLessThan(new TextEncoder().encode(text).length / 3);
  expect(await decompressText(bytes)).toBe(text);
});

test('bytes that are not gzip are refused', async () => {
  await expect(decompressText(new Uint8Array([1, 2, 3]))).rejects.toThrow();
});
