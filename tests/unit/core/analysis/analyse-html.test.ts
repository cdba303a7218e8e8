import { describe, expect, test } from 'vitest';
import { analyseHtml } from '../../../../core/analysis/analyse-html';
import { serialisePage } from '../../../../core/article/serialise-page';
import { fixtureHtml, parse } from '../article/fixtures';

let clock = 0;
const options = { url: 'https://fixtures.example/a', parseHtml: parse, now: () => (clock += 1) };

describe('analyseHtml', () => {
  test('finds the reference article and its two required claims, with portable segments', () => {
    const result = analyseHtml(fixtureHtml('demo-fr.html'), options);
    expect(result.article?.lang).toBe('fr');
    expect(result.article?.segments.length).toBeGreaterThan(0);
    const claims = result.claims.map((claim) => claim.text).join('\n');
    expect(claims).toMatch(/premier pays/);
    expect(claims).toMatch(/avril 2025/);
    expect(result.timings).toEqual({ parse: 1, extract: 1, claims: 1 });
  });

  test('ranked within the article: about a third of the sentences by default, fewer or more on request', () => {
    const count = (amount: 'fewer' | 'normal' | 'more') => {
      const result = analyseHtml(fixtureHtml('demo-fr.html'), { ...options, amount });
      return result.claims.length + result.headline.length;
    };
    const normal = analyseHtml(fixtureHtml('demo-fr.html'), options);
    const sentences = 18;
    expect(normal.claims.length).toBeLessThanOrEqual(Math.ceil(sentences / 3));
    expect(normal.claims.some((claim) => claim.tier === 'strong')).toBe(true);
    // The demo's title is check-worthy: highlighted in the page's headline.
    expect(normal.headline.map((claim) => claim.text)).toEqual([
      'La Russie reconnaît officiellement le régime des talibans',
    ]);
    expect(count('fewer')).toBeLessThan(count('normal'));
    expect(count('normal')).toBeLessThan(count('more'));
  });

  test('a page that is not an article gives no article and no claims', () => {
    const result = analyseHtml('<html><body><nav><a href="/">Home</a></nav></body></html>', options);
    expect(result.article).toBeNull();
    expect(result.claims).toEqual([]);
  });

  test('<noscript> content never reaches the article', () => {
    const html = fixtureHtml('wire-en.html').replace(
      '<body>',
      '<body><noscript><p>Please enable JavaScript to read the whole story, said the editors.</p></noscript>',
    );
    expect(analyseHtml(html, options).article?.text).not.toMatch(/enable JavaScript/);
  });
});

describe('serialisePage', () => {
  test.each([
    ['<!DOCTYPE html><html><body>x</body></html>', '<!DOCTYPE html>'],
    [
      '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd"><html><body>x</body></html>',
      '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">',
    ],
    ['<html><body>x</body></html>', ''],
  ])('keeps the doctype that decides quirks mode: %s', (html, doctype) => {
    const serialised = serialisePage(parse(html));
    expect(serialised.startsWith(`${doctype}<html`)).toBe(true);
    expect(serialisePage(parse(serialised))).toBe(serialised);
  });
});
