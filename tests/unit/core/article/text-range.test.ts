import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../../core/article/extract-article';
import { offsetForPoint, rangesForOffsets } from '../../../../core/article/text-range';
import type { ExtractedArticle } from '../../../../core/article/types';
import { fixtureHtml, pageDocument } from './fixtures';

function demo(): { doc: Document; article: ExtractedArticle } {
  const doc = pageDocument(fixtureHtml('demo-fr.html'));
  const article = extractArticle(doc, { url: 'https://www.nasuba-infos.example/a' });
  if (!article) throw new Error('no article');
  return { doc, article };
}

/** The text the ranges show, with the separators the article text uses between them. */
function shown(ranges: Range[]): string[] {
  return ranges.map((range) => range.toString());
}

describe('rangesForOffsets', () => {
  test('covers a passage inside one text node', () => {
    const { article } = demo();
    const quote = 'la justice russe a retiré les talibans';
    const start = article.text.indexOf(quote);
    const ranges = rangesForOffsets(article, start, start + quote.length);
    expect(shown(ranges)).toEqual([quote]);
  });

  test('splits a passage across inline elements into one range per node', () => {
    const { article } = demo();
    const quote = 'cité par l’agence Ria Novosti. Le ministère';
    const start = article.text.indexOf(quote);
    const ranges = rangesForOffsets(article, start, start + quote.length);
    // The space after "agence" is collapsed whitespace at the end of its node: no range shows it.
    expect(shown(ranges)).toEqual(['cité par l’agence', 'Ria Novosti', '. Le ministère']);
  });

  test('skips block separators between paragraphs', () => {
    const { article } = demo();
    const from = article.text.indexOf('selon les autorités russes.');
    const to = article.text.indexOf('En effet, Moscou') + 'En effet, Moscou'.length;
    expect(shown(rangesForOffsets(article, from, to))).toEqual([
      'selon les autorités russes.',
      'En effet, Moscou',
    ]);
  });

  test('returns nothing for an empty span or separators only', () => {
    const { article } = demo();
    const gap = article.text.indexOf('\n\n');
    expect(rangesForOffsets(article, 10, 10)).toEqual([]);
    expect(rangesForOffsets(article, gap, gap + 2)).toEqual([]);
  });

  test('every sentence round-trips through ranges (up to collapsed whitespace)', () => {
    const { article } = demo();
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    for (const sentence of article.text.split(/(?<=\.) |\n\n/)) {
      const start = article.text.indexOf(sentence);
      const ranges = rangesForOffsets(article, start, start + sentence.length);
      expect(squeeze(shown(ranges).join(''))).toBe(squeeze(sentence));
    }
  });
});

describe('offsetForPoint', () => {
  test('maps a point inside a text node exactly', () => {
    const { article } = demo();
    const segment = article.segments[5];
    if (!segment) throw new Error('missing segment');
    expect(offsetForPoint(article, segment.node, segment.nodeOffset + 3)).toBe(segment.start + 3);
  });

  test('is the inverse of rangesForOffsets', () => {
    const { article } = demo();
    const quote = 'Zamir Kaboulov';
    const start = article.text.indexOf(quote);
    const [range] = rangesForOffsets(article, start, start + quote.length);
    if (!range) throw new Error('no range');
    expect(offsetForPoint(article, range.startContainer, range.startOffset)).toBe(start);
    expect(offsetForPoint(article, range.endContainer, range.endOffset)).toBe(start + quote.length);
  });

  test('snaps a point outside the article forward to the next article text', () => {
    const { doc, article } = demo();
    const headline = doc.querySelector('h1.headline');
    if (!headline) throw new Error('no headline');
    const firstBodyParagraph = doc.querySelector('.story-body p');
    if (!firstBodyParagraph) throw new Error('no paragraph');
    expect(offsetForPoint(article, headline, 0)).toBe(0);
    expect(offsetForPoint(article, firstBodyParagraph, 0)).toBe(
      article.text.indexOf('La Russie a officiellement'),
    );
  });

  test('is null after the article and for another document', () => {
    const { doc, article } = demo();
    const footer = doc.querySelector('footer');
    if (!footer) throw new Error('no footer');
    expect(offsetForPoint(article, footer, 0)).toBeNull();
    expect(offsetForPoint(article, pageDocument('<p>x</p>').body, 0)).toBeNull();
  });
});
