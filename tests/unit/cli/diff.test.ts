import { describe, expect, test } from 'vitest';
import { run } from '../../../cli/commands/diff';
import { fakeIo } from './fake-io';

const PARAGRAPHS = [
  'The national statistics office published its quarterly labour report on Tuesday morning, after a delay of two weeks.',
  'According to the report, unemployment rose 9.8% in March 🎉, the sharpest increase since 2009 and well above forecasts.',
  'The minister denied the figures. Opposition leaders called for an independent inquiry into how the data was collected.',
  'Economists expect the labour market to recover slowly over the next two years, as exports pick up again.',
];
const page = (
  paragraphs: readonly string[],
) => `<!doctype html><html lang="en"><head><title>Unemployment rises</title></head><body>
<main><article><h1>Unemployment rises</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main>
<footer>© Example News</footer></body></html>`;

describe('factmark diff', () => {
  test('prints each change as a JSON line with code-point offsets', async () => {
    const edited = [...PARAGRAPHS];
    edited[1] = edited[1]?.replace('9.8% in March', '9.6% in March') ?? '';
    edited.splice(3, 1);
    const io = fakeIo({ files: { 'old.html': page(PARAGRAPHS), 'new.html': page(edited) } });
    expect(await run(['old.html', 'new.html'], io)).toBe(0);
    const [replace, remove, ...rest] = io.jsonLines<Record<string, unknown>>();
    expect(rest).toEqual([]);
    expect(replace).toMatchObject({ op: 'replace', was: '9.8%', now: '9.6%' });
    expect(remove).toMatchObject({ op: 'delete', was: PARAGRAPHS[3], now: '' });
    // The emoji after "March" counts one code point: offsets after it are one less than UTF-16.
    expect((remove?.oldEnd as number) - (remove?.oldStart as number)).toBe(PARAGRAPHS[3]?.length);
  });

  test('the same article prints nothing', async () => {
    const io = fakeIo({ files: { 'a.html': page(PARAGRAPHS), 'b.html': page(PARAGRAPHS) } });
    expect(await run(['a.html', 'b.html'], io)).toBe(0);
    expect(io.jsonLines<Record<string, unknown>>()).toEqual([]);
  });

  test.each([[[]], [['a.html']], [['a.html', 'b.html', 'c.html']], [['a.html', 'b.html', '--x']]])(
    'usage error for %j',
    async (args) => {
      const io = fakeIo();
      expect(await run(args, io)).toBe(2);
      expect(io.err).toContain('Usage: factmark diff');
    },
  );

  test('a missing file or a page without an article exits 1', async () => {
    const missing = fakeIo({ files: { 'a.html': page(PARAGRAPHS) } });
    expect(await run(['a.html', 'b.html'], missing)).toBe(1);
    expect(missing.err).toContain('cannot read b.html');
    const empty = fakeIo({
      files: {
        'a.html': page(PARAGRAPHS),
        'b.html': '<html><body><nav>Home</nav></body></html>',
      },
    });
    expect(await run(['a.html', 'b.html'], empty)).toBe(1);
    expect(empty.err).toContain('no article found in b.html');
  });
});
