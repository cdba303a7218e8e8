import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../../core/article/extract-article';
import {
  bindPortableArticle,
  type PortableArticle,
  toPortableArticle,
} from '../../../../core/article/portable-article';
import { textUnits } from '../../../../core/article/text-units';
import { articlePage, fixtureHtml, parse } from './fixtures';

const URL = 'https://fixtures.example/a';

/** A paragraph long enough for the article screens, starting with `lead`. */
const paragraph = (lead: string) =>
  `${lead} The ministry said on Tuesday that unemployment in the region fell by 2.5% over the year, its lowest level since 2008.`;
const STORY = [paragraph('First paragraph.'), paragraph('Second paragraph.'), paragraph('Third paragraph.')];

/** Extracts from a re-parsed copy of `live`, as the extension does, and binds back to `live`. */
function roundTrip(live: Document) {
  const copy = parse(live.documentElement.outerHTML);
  const article = extractArticle(copy, { url: URL });
  if (!article) throw new Error('no article');
  const portable = toPortableArticle(article, textUnits(copy));
  return { portable, bound: bindPortableArticle(portable, textUnits(live)) };
}

describe('portable articles', () => {
  test.each(['demo-fr.html', 'wire-en.html'])(
    '%s: bound to the live page, it equals extraction in place',
    (name) => {
      const live = parse(fixtureHtml(name));
      const { portable, bound } = roundTrip(live);
      expect(JSON.parse(JSON.stringify(portable))).toEqual(portable);
      expect(bound.unbound).toBe(0);
      expect(bound.article).toEqual(extractArticle(live, { url: URL }));
    },
  );

  test('units shifted by live text the copy lacks are found in the neighbourhood', () => {
    const live = parse(articlePage(STORY));
    const { portable } = roundTrip(live);
    // Text inserted before the article after the copy was made: every unit moves by two.
    live.body.prepend(live.createElement('span'), live.createTextNode('Breaking'), live.createElement('hr'));
    live.body.prepend(live.createTextNode('Live'));
    const bound = bindPortableArticle(portable, textUnits(live));
    expect(bound.unbound).toBe(0);
    expect(bound.article.segments.map((segment) => segment.node.data)).toEqual(STORY);
  });

  test('a segment whose text is gone from the page is left out and counted', () => {
    const live = parse(articlePage(STORY));
    const { portable } = roundTrip(live);
    const changed = Array.from(live.querySelectorAll('p'))[1]?.firstChild as Text;
    changed.data = 'Something else entirely.';
    const bound = bindPortableArticle(portable, textUnits(live));
    expect(bound.unbound).toBe(1);
    expect(bound.article.text).toBe(portable.text);
    expect(bound.article.segments.map((segment) => segment.node.data)).toEqual([STORY[0], STORY[2]]);
  });

  test('a segment over a unit made of several live nodes is split at their edges', () => {
    const live = parse('<html><body><p>Hello world</p></body></html>');
    const portable: PortableArticle = {
      url: URL,
      title: 't',
      lang: 'en',
      byline: null,
      siteName: null,
      publishedTime: null,
      text: 'lo wor',
      segments: [{ unit: 0, unitOffset: 3, start: 0, end: 6 }],
    };
    const text = live.querySelector('p')?.firstChild;
    if (text instanceof Text) text.splitText(5);
    const { article, unbound } = bindPortableArticle(portable, textUnits(live));
    expect(unbound).toBe(0);
    expect(
      article.segments.map(({ node, start, end, nodeOffset }) => [node.data, start, end, nodeOffset]),
    ).toEqual([
      ['Hello', 0, 2, 3],
      [' world', 2, 6, 0],
    ]);
  });
});
