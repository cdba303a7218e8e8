import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { toFactmarkJson } from '../../../../core/exchange/factmark-json';
import { parseImport } from '../../../../core/exchange/parse-import';
import { readFactmarkStream } from '../../../../core/exchange/read-factmark-stream';
import { bundleArb } from './arbitraries';

async function* pieces(bytes: Uint8Array, cuts: number[]): AsyncGenerator<Uint8Array> {
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    yield bytes.slice(start, cut);
    start = cut;
  }
  yield bytes.slice(start);
}

describe('readFactmarkStream', () => {
  test('reads any export cut anywhere (even inside a character) as parseImport reads it whole (property)', async () => {
    await fc.assert(
      fc.asyncProperty(bundleArb, fc.array(fc.nat(), { maxLength: 8 }), async (bundle, cuts) => {
        const text = toFactmarkJson(bundle, { exportedAt: '2025-07-06T00:00:00.000Z' });
        const bytes = new TextEncoder().encode(text);
        const streamed = await readFactmarkStream(
          pieces(
            bytes,
            cuts.map((cut) => cut % (bytes.length + 1)),
          ),
        );
        expect(streamed).toEqual(parseImport(text));
      }),
      { numRuns: 40 },
    );
  });

  test.each([
    ['a truncated file', '{"format":"factmark","version":1,"articles":[{"id":'],
    ['another format', '{"type":"AnnotationCollection","items":[]}'],
    ['not JSON', 'hello'],
  ])('refuses %s with a reason', async (_name, text) => {
    const result = await readFactmarkStream(pieces(new TextEncoder().encode(text), []));
    expect(result.ok).toBe(false);
  });

  test('a "__proto__" key stays a refused field, never a prototype', async () => {
    const text =
      '{"format":"factmark","version":1,"exportedAt":"2025-07-06T00:00:00.000Z","articles":[{"__proto__":{"polluted":true}}],"claims":[],"factChecks":[]}';
    const result = await readFactmarkStream(pieces(new TextEncoder().encode(text), [30]));
    expect(result.ok && result.invalid).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
