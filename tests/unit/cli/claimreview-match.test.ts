import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { run as runClaimReview } from '../../../cli/commands/claimreview';
import { run as runMatch } from '../../../cli/commands/match';
import { fakeIo } from './fake-io';
import { toFactmarkJson } from '../../../core/exchange/factmark-json';

const fixture = (name: string) =>
  readFileSync(resolve(fileURLToPath(import.meta.url), '../../../fixtures/claimreview', name), 'utf8');

describe('factmark claimreview', () => {
  test('prints one JSON line per review with its file', async () => {
    const io = fakeIo({ files: { 'a.html': fixture('lemonde-decodeurs-fr.html') } });
    expect(await runClaimReview(['a.html'], io)).toBe(0);
    const lines = io.out
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(Object.keys(lines[0])).toEqual([
      'file',
      'claimReviewed',
      'author',
      'url',
      'datePublished',
      'ratingValue',
      'bestRating',
      'worstRating',
      'alternateName',
      'verdict',
    ]);
    expect(lines.map((line) => line.verdict)).toEqual(['mostly-false', 'misleading']);
  });

  test('resolves relative URLs against --url; says which file it cannot read', async () => {
    const io = fakeIo({ files: { 'b.html': fixture('vingt-minutes-fr.html') } });
    expect(await runClaimReview(['b.html', '--url', 'https://www.20minutes.fr/x'], io)).toBe(0);
    expect(JSON.parse(io.out).url).toBe(
      'https://www.20minutes.fr/societe/4012345-20230115-non-essence-2-euros',
    );
    const missing = fakeIo();
    expect(await runClaimReview(['nope.html'], missing)).toBe(1);
    expect(missing.err).toContain('nope.html');
    expect(await runClaimReview([], missing)).toBe(2);
  });
});

describe('factmark match', () => {
  const checks = toFactmarkJson(
    {
      articles: [
        {
          id: 'art1',
          url: 'https://news.example/a',
          site: 'news.example',
          title: 'A',
          siteName: null,
          lang: 'fr',
          byline: null,
          publishedTime: null,
          fingerprint: 'f'.repeat(32),
          createdAt: '2025-01-01T00:00:00.000Z',
          updatedAt: '2025-01-01T00:00:00.000Z',
        },
      ],
      claims: [
        {
          id: 'claim1',
          articleId: 'art1',
          text: "Le taux de chômage a baissé à 7,1 % au troisième trimestre, selon l'Insee.",
          origin: 'manual',
          score: null,
          quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
          position: { type: 'TextPositionSelector', start: 0, end: 1 },
          createdAt: '2025-01-01T00:00:00.000Z',
        },
      ],
      factChecks: [
        {
          id: 'fc1',
          claimId: 'claim1',
          articleId: 'art1',
          verdict: 'false',
          note: '',
          tags: [],
          sources: [],
          createdAt: '2025-01-01T00:00:00.000Z',
          updatedAt: '2025-01-01T00:00:00.000Z',
        },
      ],
    },
    { exportedAt: '2025-01-02T00:00:00.000Z', scope: 'all' },
  );

  test('prints the best fact-check id and similarity per line, or an empty line', async () => {
    const io = fakeIo({
      stdin:
        "Selon l'Insee, le chômage a reculé à 7,1% au 3e trimestre.\nLe taux de chômage a baissé à 7,3 % au troisième trimestre.\n\n",
      files: { 'c.factmark.json': checks },
    });
    expect(await runMatch(['--checks', 'c.factmark.json'], io)).toBe(0);
    const lines = io.out.split('\n');
    expect(lines[0]).toMatch(/^fc1\t0\.\d{3}$/u);
    expect(lines.slice(1)).toEqual(['', '', '']);
  });

  test('refuses a missing flag and an unreadable or invalid file', async () => {
    expect(await runMatch([], fakeIo())).toBe(2);
    const io = fakeIo({ files: { 'bad.json': '{}' } });
    expect(await runMatch(['--checks', 'bad.json'], io)).toBe(1);
    expect(io.err).toContain('bad.json');
  });
});
