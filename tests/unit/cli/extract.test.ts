import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { run } from '../../../cli/commands/extract';
import { fakeIo } from './fake-io';
import { main } from '../../../cli/main';

const DEMO = 'tests/fixtures/articles/demo-fr.html';
const WIRE = 'tests/fixtures/articles/wire-en.html';

interface ExtractLine {
  file: string;
  isArticle: boolean;
  url: string;
  title: string;
  lang: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  text: string;
  claims: { text: string; score: number; start: number; end: number; reasons: string[] }[];
}

describe('factmark extract', () => {
  test('prints one JSON line per file with metadata, text and claims whose offsets point into the text', async () => {
    const io = fakeIo({ readFile: (path) => readFile(path, 'utf8') });
    expect(await run([DEMO, WIRE], io)).toBe(0);
    const [demo, wire] = io.jsonLines<ExtractLine>();
    expect(demo).toMatchObject({
      file: DEMO,
      isArticle: true,
      url: 'https://www.nasuba-infos.example/international/russie-reconnait-talibans',
      title: 'La Russie reconnaît officiellement le régime des talibans',
      lang: 'fr',
      byline: 'Amina Diallo',
    });
    const claims = demo?.claims.map((claim) => claim.text) ?? [];
    expect(claims).toContain(
      'Elle devient ainsi le premier pays à accorder une légitimité diplomatique à l’Émirat islamique depuis la prise du pouvoir par la force en août 2021.',
    );
    expect(claims).toContain(
      'En avril 2025, la justice russe a retiré les talibans de sa liste des organisations terroristes.',
    );
    expect(demo?.text).not.toMatch(/WhatsApp|LIRE AUSSI|Views: 0/);
    expect(wire).toMatchObject({ file: WIRE, isArticle: true, lang: 'en' });
    for (const line of [demo, wire]) {
      expect(line?.claims.length).toBeGreaterThan(2);
      for (const claim of line?.claims ?? []) {
        expect(line?.text.slice(claim.start, claim.end)).toBe(claim.text);
        expect(claim.reasons.length).toBeGreaterThan(0);
      }
    }
  });

  // happy-dom's parser, which the CLI used before, kept the rest of the page inside the unclosed
  // <svg> (no article found) and ended the body at the <style> inside <svg><defs>.
  test.each([
    ['tests/fixtures/articles/svg-unclosed.html', 'The regional water agency will pay a third of the bill'],
    ['tests/fixtures/articles/svg-defs-style.html', 'The operator estimates the cost of the strike'],
  ])('parses like a browser: %s keeps its whole article', async (file, lastParagraph) => {
    const io = fakeIo({ readFile: (path) => readFile(path, 'utf8') });
    expect(await run([file], io)).toBe(0);
    const [line] = io.jsonLines<ExtractLine>();
    expect(line?.isArticle).toBe(true);
    expect(line?.text.split('\n\n')).toHaveLength(4);
    expect(line?.text).toContain(lastParagraph);
  });

  test('--url sets the page URL of a single file', async () => {
    const io = fakeIo({ readFile: (path) => readFile(path, 'utf8') });
    expect(
      await run(['tests/fixtures/pages/plain.html', '--url', 'https://example.org/plain?utm_source=x'], io),
    ).toBe(0);
    expect(io.jsonLines<ExtractLine>()[0]).toMatchObject({
      isArticle: false,
      url: 'https://example.org/plain?utm_source=x',
      claims: [],
    });
  });

  test.each([[[]], [['a.html', 'b.html', '--url', 'https://x.example/']], [['a.html', '--url']]])(
    'refuses %j with its usage',
    async (args) => {
      const io = fakeIo({ readFile: (path) => readFile(path, 'utf8') });
      expect(await run(args, io)).toBe(2);
      expect(io.err).toContain('Usage: factmark extract');
    },
  );

  test('an unreadable file is reported and the others still printed', async () => {
    const io = fakeIo({ readFile: (path) => readFile(path, 'utf8') });
    expect(await run(['missing.html', DEMO], io)).toBe(1);
    expect(io.err).toContain('cannot read missing.html');
    expect(io.jsonLines<ExtractLine>()).toHaveLength(1);
  });
});

describe('factmark', () => {
  test('lists its commands and refuses unknown ones', async () => {
    const io = fakeIo({ readFile: (path) => readFile(path, 'utf8') });
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out).toMatch(/extract[\s\S]*score[\s\S]*anchor[\s\S]*convert/);
    expect(await main(['frobnicate'], io)).toBe(2);
  });

  test('runs from its bin script straight from the sources (as `npx factmark` does)', async () => {
    const child = promisify(execFile)('node', ['bin/factmark.mjs', 'score', '--lang', 'fr'], {
      timeout: 30_000,
    });
    child.child.stdin?.end(
      'En avril 2025, la justice russe a retiré les talibans de sa liste.\nCliquez ici.\n',
    );
    const { stdout } = await child;
    expect(stdout).toMatch(/^0\.\d{3}\t1\n0\.\d{3}\t0\n$/);
  }, 30_000);
});
