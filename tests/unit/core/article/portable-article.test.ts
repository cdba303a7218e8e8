import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../../core/article/extract-article';
import {
  bindPortableArticle,
  type PortableArticle,
  type PortableSegment,
  toPortableArticle,
} from '../../../../core/article/portable-article';
import { textUnits } from '../../../../core/article/text-units';
import { articlePage, fixtureHtml, parse } from './fixtures';

const URL = 'https://fixtures.example/a';

/** A paragraph long enough for the article screens, starting with `lead`. */
const paragraph = (lead: string) =>
  `${lead} The ministry said on Tuesday that unemployment in the region fell by 2.5% over the year, its lowest level since 2008.`;
/** A portable article of `text` and `segments`, with placeholder metadata. */
const portableArticle = (text: string, segments: PortableSegment[]): PortableArticle => ({
  url: URL,
  title: 't',
  lang: 'en',
  byline: null,
  siteName: null,
  publishedTime: null,
  text,
  segments,
});

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
    const portable = portableArticle('lo wor', [
      { unit: 0, unitLength: 11, unitOffset: 3, start: 0, end: 6 },
    ]);
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

  describe('a table of repeated short cells', () => {
    const TABLE =
      '<html><body><p><span>Loading…</span></p><table><tr><td>Yes</td><td>Yes</td><td>No</td></tr></table></body></html>';
    /** The three cells as a portable article over `units` of the page as serialised. */
    const cells = (): PortableArticle =>
      portableArticle('Yes\n\nYes\n\nNo', [
        { unit: 1, unitLength: 3, unitOffset: 0, start: 0, end: 3 },
        { unit: 2, unitLength: 3, unitOffset: 0, start: 5, end: 8 },
        { unit: 3, unitLength: 2, unitOffset: 0, start: 10, end: 12 },
      ]);
    const cellIndex = (node: Text) =>
      Array.from(node.ownerDocument.querySelectorAll('td')).indexOf(
        node.parentElement as HTMLTableCellElement,
      );

    test('a page that empties text before binding does not move the cells onto each other', () => {
      const live = parse(TABLE);
      const units = textUnits(live);
      const span = live.querySelector('span')?.firstChild;
      if (span instanceof Text) span.data = '';
      const { article, unbound } = bindPortableArticle(cells(), units);
      expect(unbound).toBe(0);
      expect(article.segments.map((segment) => cellIndex(segment.node))).toEqual([0, 1, 2]);
    });

    test('a cell removed from the page leaves one segment out, and no two segments share a cell', () => {
      const live = parse(TABLE);
      const units = textUnits(live);
      live.querySelector('td')?.remove();
      const { article, unbound } = bindPortableArticle(cells(), units);
      expect(unbound).toBe(1);
      expect(article.segments.map((segment) => cellIndex(segment.node))).toEqual([0, 1]);
      expect(article.segments.map((segment) => segment.node.data)).toEqual(['Yes', 'No']);
    });

    test('a shifted page never binds a later segment before an earlier one', () => {
      const live = parse(TABLE);
      // The copy saw one unit less before the table: every expected index is one too low, and
      // the first cell is gone, so the first "Yes" must take the second cell, not the first.
      const portable = cells();
      portable.segments = portable.segments.map((segment) => ({ ...segment, unit: segment.unit - 1 }));
      const units = textUnits(live);
      live.querySelector('td')?.remove();
      const { article } = bindPortableArticle(portable, units);
      const order = article.segments.map((segment) => cellIndex(segment.node));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(new Set(order).size).toBe(order.length);
    });
  });
});
