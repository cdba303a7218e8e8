import { describe, expect, test } from 'vitest';
import { run } from '../../../cli/commands/convert';
import { fakeIo } from './fake-io';
import { toFactmarkJson } from '../../../core/exchange/factmark-json';
import { parseImport } from '../../../core/exchange/parse-import';
import { fakeBundle, fakeFactCheck } from '../core/exchange/arbitraries';

const exportedAt = '2024-06-01T12:00:00.000Z';

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
    const io = fakeIo({ files: { 'in.json': goodFile } });
    expect(await run(['--to', format, ...PUBLISHER, 'in.json'], io)).toBe(0);
    expect(io.out).toContain(expected);
    expect(io.err).toBe('');
  });

  test('reads standard input for "-", takes --to=FORMAT and --locale', async () => {
    const io = fakeIo({ stdin: goodFile });
    expect(await run(['--to=markdown', '--locale', 'fr', '-'], io)).toBe(0);
    expect(io.out).toContain('Plutôt faux');
  });

  test('converts W3C back to Factmark losslessly', async () => {
    const first = fakeIo({ files: { 'in.json': goodFile } });
    await run(['--to', 'w3c', 'in.json'], first);
    const second = fakeIo({ files: { 'w3c.json': first.out } });
    expect(await run(['--to', 'factmark', 'w3c.json'], second)).toBe(0);
    expect(parseImport(second.out)).toMatchObject({ ok: true, bundle: fakeBundle(), invalid: [] });
  });

  test('lists skipped fact-checks on standard error for claimreview', async () => {
    const io = fakeIo({
      files: { 'in.json': toFactmarkJson(fakeBundle({ verdict: null }), { exportedAt }) },
    });
    expect(await run(['--to', 'claimreview', ...PUBLISHER, 'in.json'], io)).toBe(0);
    expect(io.out).toBe('[]\n');
    expect(io.err).toContain('it has no verdict yet');
  });

  test('claimreview writes the publisher and the review address; --author names the checker', async () => {
    const io = fakeIo({ files: { 'in.json': goodFile } });
    expect(await run(['--to', 'claimreview', ...PUBLISHER, '--author', 'Ann', 'in.json'], io)).toBe(0);
    expect(JSON.parse(io.out)[0]).toMatchObject({
      url: `https://desk.example/checks/${fakeFactCheck().id}`,
      author: { '@type': 'Organization', name: 'Desk', url: 'https://desk.example/' },
      creator: { name: 'Ann' },
    });
  });

  test('claimreview without the publisher exits 2 and says which options it needs', async () => {
    const io = fakeIo({ files: { 'in.json': goodFile } });
    expect(await run(['--to', 'claimreview', 'in.json'], io)).toBe(2);
    expect(io.err).toContain('claimreview needs --org-name, --org-url and --review-url');
    expect(io.out).toBe('');
  });

  test('a bad publisher option exits 2 naming it', async () => {
    const io = fakeIo({ files: { 'in.json': goodFile } });
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
    expect(io.err).toContain('--org-url: not web address; --review-url: no id placeholder');
  });

  test('markdown takes --author', async () => {
    const io = fakeIo({ files: { 'in.json': goodFile } });
    expect(await run(['--to', 'markdown', '--author', 'Ann Lee', 'in.json'], io)).toBe(0);
    expect(io.out).toContain(', by Ann Lee');
  });

  test.each([
    ['not JSON', 'nope'],
    ['not an export', '{"a": 1}'],
  ])('exits 1 on %s with the import preview message', async (_name, text) => {
    const io = fakeIo({ files: { 'in.json': text } });
    expect(await run(['--to', 'csv', 'in.json'], io)).toBe(1);
    const preview = parseImport(text);
    expect(io.err).toBe(`${preview.ok ? '' : preview.error}\n`);
    expect(io.out).toBe('');
  });

  test('exits 1 on refused records unless --skip-invalid', async () => {
    const bad = toFactmarkJson(
      {
        ...fakeBundle(),
        factChecks: [fakeFactCheck(), fakeFactCheck({ id: 'bad', note: 'x'.repeat(20_001) })],
      },
      { exportedAt },
    );
    const strict = fakeIo({ files: { 'in.json': bad } });
    expect(await run(['--to', 'csv', 'in.json'], strict)).toBe(1);
    expect(strict.err).toContain('Fact-check 2 (bad): note is 20001 characters long; the limit is 20000');
    expect(strict.out).toBe('');
    const lenient = fakeIo({ files: { 'in.json': bad } });
    expect(await run(['--to', 'csv', '--skip-invalid', 'in.json'], lenient)).toBe(0);
    expect(lenient.out.trim().split('\r\n')).toHaveLength(2);
  });

  test('exits 1 when the file cannot be read', async () => {
    const io = fakeIo();
    expect(await run(['--to', 'csv', 'missing.json'], io)).toBe(1);
    expect(io.err).toContain('cannot read missing.json: ENOENT');
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
    const io = fakeIo({ files: { 'in.json': goodFile } });
    expect(await run(args, io)).toBe(2);
    expect(io.err).toContain(message);
    expect(io.err).toContain('Usage: factmark convert');
  });

  test('prints usage for --help', async () => {
    const io = fakeIo();
    expect(await run(['--help'], io)).toBe(0);
    expect(io.out).toContain('Usage: factmark convert --to factmark|w3c|claimreview|markdown|csv');
  });
});
