import { describe, expect, test } from 'vitest';
import { run } from '../../../cli/commands/score';
import { fakeIo } from './fake-io';

describe('factmark score', () => {
  test.each([[[]], [['--lang']], [['--lang', 'de']]])('rejects %j with exit 2', async (args) => {
    const io = fakeIo({ stdin: 'x\n' });
    expect(await run(args, io)).toBe(2);
    expect(io.err).toContain('--lang');
    expect(io.out).toBe('');
  });

  test('prints one score and label per line, 0.000 for empty lines', async () => {
    const io = fakeIo({
      stdin: 'The Senate voted 52 to 48 to repeal the law in March.\n\nI think this is a terrible idea.\n',
    });
    expect(await run(['--lang', 'en'], io)).toBe(0);
    const lines = io.out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^0\.\d{3}\t1$/);
    expect(lines[1]).toBe('0.000\t0');
    expect(lines[2]).toMatch(/^0\.\d{3}\t0$/);
  });

  test('scores French', async () => {
    const io = fakeIo({
      stdin:
        'En avril 2025, la justice russe a retiré les talibans de sa liste des organisations terroristes.\r\nCliquez ici.',
    });
    expect(await run(['--lang', 'fr'], io)).toBe(0);
    expect(
      io.out
        .trimEnd()
        .split('\n')
        .map((line) => line.split('\t')[1]),
    ).toEqual(['1', '0']);
  });
});
