import { describe, expect, test } from 'vitest';
import { run } from '../../../cli/commands/convert';
import type { CliIo } from '../../../cli/io';
import { toFactmarkJson } from '../../../core/exchange/factmark-json';
import { parseImport } from '../../../core/exchange/parse-import';
import { fakeBundle, fakeFactCheck } from '../core/exchange/arbitraries';

const exportedAt = '2024-06-01T12:00:00.000Z';

function fakeIo(files: Record<string, string>, stdin = '') {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (text) => {
      out.stdout += text;
    },
    stderr: (text) => {
      out.stderr += text;
    },
    readStdin: async () => stdin,
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
  };
  return { io, out };
}

const goodFile = toFactmarkJson(fakeBundle(), { exportedAt });
const PUBLISHER = [
  '--org-name',
  'Desk',
  '--org-url',
  'https://desk.example/',
  '--review-url',
  'https://desk.example/checks/{id}',
];

describe('factmark convert', () => {
  test.each([
    ['factmark', '"format": "factmark"'],
    ['w3c', '"type": "AnnotationCollection"'],
    ['claimreview', '"@type": "ClaimReview"'],
    ['markdown', '# Factmark report'],
    ['csv', 'id,article_url,article_title'],
  ])('converts to %s on standard output', async (format, expected) => {
    const { io, out } = fakeIo({ 'in.json': goodFile });
    expect(await run(['--to', format, ...PUBLISHER, 'in.json'], io)).toBe(0);
    expect(out.stdout).toContain(expected);
    expect(out.stderr).toBe('');
  });

  test('reads standard input for "-", takes --to=FORMAT and --locale', async () => {
    const { io, out } = fakeIo({}, goodFile);
    expect(await run(['--to=markdown', '--locale', 'fr', '-'], io)).toBe(0);
    expect(out.stdout).toContain('Plutôt faux');
  });

  test('converts W3C back to Factmark losslessly', async () => {
    const first = fakeIo({ 'in.json': goodFile });
    await run(['--to', 'w3c', 'in.json'], first.io);
    const second = fakeIo({ 'w3c.json': first.out.stdout });
    expect(await run(['--to', 'factmark', 'w3c.json'], second.io)).toBe(0);
    expect(parseImport(second.out.stdout)).toMatchObject({ ok: true, bundle: fakeBundle(), invalid: [] });
  });

  test('lists skipped fact-checks on standard error for claimreview', async () => {
    const { io, out } = fakeIo({ 'in.json': toFactmarkJson(fakeBundle({ verdict: null }), { exportedAt }) });
    expect(await run(['--to', 'claimreview', ...PUBLISHER, 'in.json'], io)).toBe(0);
    expect(out.stdout).toBe('[]\n');
    expect(out.stderr).toContain('it has no verdict yet');
  });

  test('claimreview writes the publisher and the review address; --author names the checker', async () => {
    const { io, out } = fakeIo({ 'in.json': goodFile });
    expect(await run(['--to', 'claimreview', ...PUBLISHER, '--author', 'Ann', 'in.json'], io)).toBe(0);
    expect(JSON.parse(out.stdout)[0]).toMatchObject({
      url: `https://desk.example/checks/${fakeFactCheck().id}`,
      author: { '@type': 'Organization', name: 'Desk', url: 'https://desk.example/' },
      creator: { name: 'Ann' },
    });
  });

  test('claimreview without the publisher exits 2 and says which options it needs', async () => {
    const { io, out } = fakeIo({ 'in.json': goodFile });
    expect(await run(['--to', 'claimreview', 'in.json'], io)).toBe(2);
    expect(out.stderr).toContain('claimreview needs --org-name, --org-url and --review-url');
    expect(out.stdout).toBe('');
  });

  test('a bad publisher option exits 2 naming it', async () => {
    const { io, out } = fakeIo({ 'in.json': goodFile });
    const args = [
      '--to',
      'claimreview',
      '--org-name',
      'D',
      '--org-url',
      'ftp://x',
      '--review-url',
      'https://d/x',
    ];
    expect(await run([...args, 'in.json'], io)).toBe(2);
    expect(out.stderr).toContain('--org-url: not web address; --review-url: no id placeholder');
  });

  test('markdown takes --author', async () => {
    const { io, out } = fakeIo({ 'in.json': goodFile });
    expect(await run(['--to', 'markdown', '--author', 'Ann Lee', 'in.json'], io)).toBe(0);
    expect(out.stdout).toContain(', by Ann Lee');
  });

  test.each([
    ['not JSON', 'nope'],
    ['not an export', '{"a": 1}'],
  ])('exits 1 on %s with the import preview message', async (_name, text) => {
    const { io, out } = fakeIo({ 'in.json': text });
    expect(await run(['--to', 'csv', 'in.json'], io)).toBe(1);
    const preview = parseImport(text);
    expect(out.stderr).toBe(`${preview.ok ? '' : preview.error}\n`);
    expect(out.stdout).toBe('');
  });

  test('exits 1 on refused records unless --skip-invalid', async () => {
    const bad = toFactmarkJson(
      {
        ...fakeBundle(),
        factChecks: [fakeFactCheck(), fakeFactCheck({ id: 'bad', note: 'x'.repeat(20_001) })],
      },
      { exportedAt },
    );
    const strict = fakeIo({ 'in.json': bad });
    expect(await run(['--to', 'csv', 'in.json'], strict.io)).toBe(1);
    expect(strict.out.stderr).toContain(
      'Fact-check 2 (bad): note is 20001 characters long; the limit is 20000',
    );
    expect(strict.out.stdout).toBe('');
    const lenient = fakeIo({ 'in.json': bad });
    expect(await run(['--to', 'csv', '--skip-invalid', 'in.json'], lenient.io)).toBe(0);
    expect(lenient.out.stdout.trim().split('\r\n')).toHaveLength(2);
  });

  test('exits 1 when the file cannot be read', async () => {
    const { io, out } = fakeIo({});
    expect(await run(['--to', 'csv', 'missing.json'], io)).toBe(1);
    expect(out.stderr).toContain('cannot read missing.json: ENOENT');
  });

  test.each([
    [[], '--to is required'],
    [['--to', 'pdf', 'in.json'], 'unknown format "pdf"'],
    [['--to', 'csv', '--locale', 'de', 'in.json'], 'unknown locale "de"'],
    [['--to', 'csv'], 'give exactly one input file'],
    [['--to', 'csv', 'a.json', 'b.json'], 'give exactly one input file'],
    [['--to', 'csv', '--verbose', 'in.json'], "Unknown option '--verbose'"],
    [['--to'], "Option '--to <value>' argument missing"],
  ])('exits 2 on bad arguments %j', async (args, message) => {
    const { io, out } = fakeIo({ 'in.json': goodFile });
    expect(await run(args, io)).toBe(2);
    expect(out.stderr).toContain(message);
    expect(out.stderr).toContain('Usage: factmark convert');
  });

  test('prints usage for --help', async () => {
    const { io, out } = fakeIo({});
    expect(await run(['--help'], io)).toBe(0);
    expect(out.stdout).toContain('Usage: factmark convert --to factmark|w3c|claimreview|markdown|csv');
  });
});
