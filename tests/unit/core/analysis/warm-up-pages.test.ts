import { describe, expect, test } from 'vitest';
import { analyseHtml } from '../../../../core/analysis/analyse-html';
import { WARM_UP_PAGES, warmUpAnalysis } from '../../../../core/analysis/warm-up-pages';
import { parse } from '../article/fixtures';

const options = { parseHtml: parse, now: () => performance.now() };

describe('warm-up pages', () => {
  test.each(WARM_UP_PAGES)(
    '$url runs the whole path: an article, in its language, with claims',
    ({ url, html }) => {
      const analysis = analyseHtml(html, { ...options, url });
      expect(analysis.article).not.toBeNull();
      expect(analysis.article?.lang).toBe(url.endsWith('/fr') ? 'fr' : 'en');
      expect(analysis.claims.length).toBeGreaterThan(0);
      // Four paragraphs, the second of two sentences: all of the text was taken.
      expect(analysis.sentences).toHaveLength(5);
    },
  );

  test('warming up analyses every page and throws nothing', () => {
    const parsed: string[] = [];
    warmUpAnalysis({
      ...options,
      parseHtml: (html) => {
        parsed.push(html);
        return parse(html);
      },
    });
    expect(parsed).toEqual(WARM_UP_PAGES.map((page) => page.html));
  });
});
