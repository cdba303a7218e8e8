import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../../../cli/dom';
import { readClaimReviews } from '../../../../core/claimreview/read-claim-reviews';

const dir = `${resolve(fileURLToPath(import.meta.url), '../../../../fixtures/claimreview')}/`;
const pages = readdirSync(dir)
  .filter((name) => name.endsWith('.html'))
  .map((name) => name.replace(/\.html$/u, ''));

/** Where each fixture page would be served, so relative review URLs resolve. */
const PAGE_URL: Record<string, string> = { 'vingt-minutes-fr': 'https://www.20minutes.fr/societe/fake-off' };

describe('readClaimReviews on publishers’ markup', () => {
  test('covers at least five publishers in two languages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
    expect(pages.some((name) => name.endsWith('-fr'))).toBe(true);
    expect(pages.some((name) => name.endsWith('-en'))).toBe(true);
  });

  test.each(pages)('%s', (name) => {
    const html = readFileSync(`${dir}${name}.html`, 'utf8');
    const url = PAGE_URL[name] ?? `https://example.org/${name}`;
    const expected = JSON.parse(readFileSync(`${dir}${name}.expected.json`, 'utf8'));
    expect(readClaimReviews(parseHtml(html, url), url)).toEqual(expected);
  });
});

describe('readClaimReviews on hostile or odd markup', () => {
  const read = (json: string) =>
    readClaimReviews(
      parseHtml(`<script type="application/ld+json">${json}</script>`, 'https://example.org/'),
      'https://example.org/',
    );

  test('takes only strings and numbers, bounds text and refuses non-web URLs', () => {
    const [review] = read(
      JSON.stringify({
        '@type': 'ClaimReview',
        claimReviewed: 'x'.repeat(5000),
        url: 'javascript:alert(1)',
        author: { name: { evil: true } },
        reviewRating: { ratingValue: { '@value': 'nope' }, alternateName: 'Faux' },
      }),
    );
    expect(review?.claimReviewed).toHaveLength(2000);
    expect(review?.url).toBeNull();
    expect(review?.author).toBeNull();
    expect(review?.ratingValue).toBeNull();
    expect(review?.verdict).toBe('false');
  });

  test('stops at a bounded depth and a bounded count', () => {
    let deep: unknown = { '@type': 'ClaimReview', claimReviewed: 'deep' };
    for (let i = 0; i < 50; i++) deep = { child: deep };
    expect(read(JSON.stringify(deep))).toEqual([]);
    const many = Array.from({ length: 500 }, (_, i) => ({ '@type': 'ClaimReview', claimReviewed: `c${i}` }));
    expect(read(JSON.stringify(many))).toHaveLength(200);
  });
});
