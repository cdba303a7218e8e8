import { describe, expect, test } from 'vitest';
import { canonicalUrl, normaliseUrl } from '../../../../core/article/canonical-url';
import { parse } from './fixtures';

describe('normaliseUrl', () => {
  test.each([
    ['https://Example.COM/Path?b=2&a=1', 'https://example.com/Path?a=1&b=2'],
    ['https://example.com/a?utm_source=x&utm_medium=y&id=3', 'https://example.com/a?id=3'],
    ['https://example.com/a?fbclid=abc&gclid=def&mc_cid=1&mc_eid=2', 'https://example.com/a'],
    ['https://example.com/a?igshid=1&_ga=2&ref_src=twsrc', 'https://example.com/a'],
    ['https://example.com/a?UTM_Campaign=spring&x=1', 'https://example.com/a?x=1'],
    ['https://example.com/a#section-2', 'https://example.com/a'],
    ['https://example.com:443/a', 'https://example.com/a'],
    ['http://example.com:80/a', 'http://example.com/a'],
    ['http://example.com:8080/a', 'http://example.com:8080/a'],
    ['https://example.com/a?q=caf%C3%A9&page=2', 'https://example.com/a?page=2&q=caf%C3%A9'],
    ['  https://example.com/a  ', 'https://example.com/a'],
    ['mailto:someone@example.com', 'mailto:someone@example.com'],
    ['not a url', 'not a url'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseUrl(input)).toBe(expected);
  });

  test('is idempotent', () => {
    const once = normaliseUrl('https://EXAMPLE.com:443/a?z=1&utm_source=x&a=2#top');
    expect(normaliseUrl(once)).toBe(once);
  });
});

describe('canonicalUrl', () => {
  const page = 'https://news.example/story/42?utm_source=feed';

  test.each([
    [
      '<link rel="canonical" href="https://news.example/story/42?utm_medium=x">',
      'https://news.example/story/42',
    ],
    ['<link rel="canonical" href="/story/42-slug#top">', 'https://news.example/story/42-slug'],
    ['<meta property="og:url" content="https://news.example/s/42?fbclid=1">', 'https://news.example/s/42'],
    [
      '<link rel="canonical" href="https://news.example/c"><meta property="og:url" content="https://news.example/og">',
      'https://news.example/c',
    ],
    ['<link rel="canonical" href="javascript:alert(1)">', 'https://news.example/story/42'],
    [
      '<link rel="canonical" href="ftp://news.example/x"><meta property="og:url" content="https://news.example/og">',
      'https://news.example/og',
    ],
    ['', 'https://news.example/story/42'],
    // Another site's article named as canonical is ignored: the page is filed under its own URL.
    ['<link rel="canonical" href="https://victim.example/story/7">', 'https://news.example/story/42'],
    ['<meta property="og:url" content="https://victim.example/story/7">', 'https://news.example/story/42'],
    [
      '<link rel="canonical" href="https://evil.news.example.victim.example/x"><meta property="og:url" content="https://www.news.example/og">',
      'https://www.news.example/og',
    ],
    ['<link rel="canonical" href="//victim.example/story/7">', 'https://news.example/story/42'],
  ])('%s', (head, expected) => {
    const doc = parse(`<html><head>${head}</head><body></body></html>`);
    expect(canonicalUrl(doc, page)).toBe(expected);
  });
});
