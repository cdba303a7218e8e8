import { describe, expect, test } from 'vitest';
import {
  findHeadline,
  headlineRanges,
  headlineSelection,
  inHeadlineCandidate,
} from '../../../../core/article/headline-ranges';
import { fixtureHtml, pageDocument as parse } from './fixtures';

const TITLE = 'La Russie reconnaît officiellement le régime des talibans';
const text = (ranges: Range[]) => ranges.map((range) => range.toString()).join('');

describe('headlineRanges', () => {
  test("finds the demo article's title in its h1, across the heading's own markup", () => {
    const doc = parse(fixtureHtml('demo-fr.html'));
    expect(findHeadline(doc, TITLE)?.localName).toBe('h1');
    expect(text(headlineRanges(doc, TITLE, 0, TITLE.length))).toBe(TITLE);
  });

  test('one sentence of a two-sentence title, split over elements and spread over lines', () => {
    const doc = parse(
      `<nav><h2>Trump says  tariffs. They paid.</h2></nav>
       <h1 class="x">Trump says <em>tariffs</em>\n  raised $2 billion. <span>They did not.</span></h1>`,
    );
    const title = 'Trump says tariffs raised $2 billion. They did not.';
    const first = 'Trump says tariffs raised $2 billion.';
    const ranges = headlineRanges(doc, title, 0, first.length);
    expect(ranges).toHaveLength(3);
    expect(text(ranges).replace(/\s+/g, ' ')).toBe(first);
    expect(ranges.every((range) => range.commonAncestorContainer.parentElement?.closest('h1'))).toBe(true);
    expect(text(headlineRanges(doc, title, first.length + 1, title.length))).toBe('They did not.');
  });

  test('a phrase the title repeats is found at its own offsets, across white space the title keeps', () => {
    const doc = parse('<h1>Inflation at <b>5%</b> in May  and 5% in June</h1>');
    const title = 'Inflation at 5%  in May and 5% in June';
    const second = title.lastIndexOf('5%');
    const ranges = headlineRanges(doc, title, second, second + 2);
    expect(text(ranges)).toBe('5%');
    expect(ranges[0]?.startContainer.parentElement?.localName).toBe('h1');
    expect(ranges[0]?.startOffset).toBe(' in May  and '.length);
    expect(text(headlineRanges(doc, title, 13, 23)).replace(/\s+/g, ' ')).toBe('5% in May');
  });

  test('no headline showing the title, or a sentence it does not hold: nothing', () => {
    const doc = parse('<nav><h1>Home</h1></nav><h1>Another story</h1><p>Body.</p>');
    expect(findHeadline(doc, 'Home')).toBeNull();
    expect(headlineRanges(doc, 'The title', 0, 9)).toEqual([]);
  });
});

describe('headlineSelection', () => {
  const page = () =>
    parse(
      `<h1>Trump says <em>tariffs</em>\n  raised $2 billion. <span>They did not.</span></h1><p>Body text.</p>`,
    );
  /** From `from` into the first text node under `startSelector` to `to` in `endSelector`'s. */
  const select = (doc: Document, startSelector: string, from: number, endSelector: string, to: number) => {
    const range = doc.createRange();
    range.setStart(doc.querySelector(startSelector)?.firstChild as Node, from);
    range.setEnd(doc.querySelector(endSelector)?.firstChild as Node, to);
    return range;
  };

  test("a selection across the headline's markup is a passage of the title, its spaces as the title has them", () => {
    const doc = page();
    // The title as stored may keep white space the page's headline shows collapsed.
    const title = 'Trump says  tariffs\n raised $2 billion. They did not.';
    const found = headlineSelection(doc, title, select(doc, 'h1', 6, 'span', 4));
    expect(found && title.slice(found.start, found.end)).toBe('says  tariffs\n raised $2 billion. They');
  });

  test('trimmed of the spaces selected around it', () => {
    const doc = page();
    const title = 'Trump says tariffs raised $2 billion. They did not.';
    const found = headlineSelection(doc, title, select(doc, 'h1', 5, 'em', 7));
    expect(found && title.slice(found.start, found.end)).toBe('says tariffs');
  });

  test('a triple-clicked headline, ending at the start of the next block, is the whole title', () => {
    const doc = page();
    const title = 'Trump says tariffs raised $2 billion. They did not.';
    const range = doc.createRange();
    range.setStart(doc.querySelector('h1')?.firstChild as Node, 0);
    range.setEnd(doc.querySelector('p') as Node, 0);
    expect(headlineSelection(doc, title, range)).toEqual({ start: 0, end: title.length });
  });

  test('nothing when an end is outside the headline, or only space is selected', () => {
    const doc = page();
    const title = 'Trump says tariffs raised $2 billion. They did not.';
    expect(headlineSelection(doc, title, select(doc, 'h1', 0, 'p', 4))).toBeNull();
    expect(headlineSelection(doc, title, select(doc, 'p', 0, 'p', 4))).toBeNull();
    expect(headlineSelection(doc, title, select(doc, 'h1', 5, 'h1', 6))).toBeNull();
    expect(inHeadlineCandidate(doc.querySelector('em')?.firstChild as Node)).toBe(true);
    expect(inHeadlineCandidate(doc.querySelector('p')?.firstChild as Node)).toBe(false);
  });
});
