import { describe, expect, test } from 'vitest';
import { findHeadline, headlineRanges } from '../../../../core/article/headline-ranges';
import { fixtureHtml, pageDocument as parse } from './fixtures';

const TITLE = 'La Russie reconnaît officiellement le régime des talibans';
const text = (ranges: Range[]) => ranges.map((range) => range.toString()).join('');

describe('headlineRanges', () => {
  test("finds the demo article's title in its h1, across the heading's own markup", () => {
    const doc = parse(fixtureHtml('demo-fr.html'));
    expect(findHeadline(doc, TITLE)?.localName).toBe('h1');
    expect(text(headlineRanges(doc, TITLE, TITLE))).toBe(TITLE);
  });

  test('one sentence of a two-sentence title, split over elements and spread over lines', () => {
    const doc = parse(
      `<nav><h2>Trump says  tariffs. They paid.</h2></nav>
       <h1 class="x">Trump says <em>tariffs</em>\n  raised $2 billion. <span>They did not.</span></h1>`,
    );
    const title = 'Trump says tariffs raised $2 billion. They did not.';
    const ranges = headlineRanges(doc, title, 'Trump says tariffs raised $2 billion.');
    expect(ranges).toHaveLength(3);
    expect(text(ranges).replace(/\s+/g, ' ')).toBe('Trump says tariffs raised $2 billion.');
    expect(ranges.every((range) => range.commonAncestorContainer.parentElement?.closest('h1'))).toBe(true);
    expect(text(headlineRanges(doc, title, 'They did not.'))).toBe('They did not.');
  });

  test('no headline showing the title, or a sentence it does not hold: nothing', () => {
    const doc = parse('<nav><h1>Home</h1></nav><h1>Another story</h1><p>Body.</p>');
    expect(findHeadline(doc, 'Home')).toBeNull();
    expect(headlineRanges(doc, 'The title', 'The title')).toEqual([]);
    expect(headlineRanges(doc, 'Another story', 'Missing sentence.')).toEqual([]);
  });
});
