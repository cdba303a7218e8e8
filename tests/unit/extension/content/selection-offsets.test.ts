/**
 * Selections of the shapes readers make: within a sentence, a triple-clicked paragraph (whose end
 * is offset 0 of the next block), across paragraphs, and the last paragraph (whose end lies after
 * the article). Each gives the article offsets of the selected words, trimmed.
 */
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../../core/article/extract-article';
import type { ExtractedArticle } from '../../../../core/article/types';
import { selectedPassage, selectionOffsets } from '../../../../extension/content/selection-offsets';
import { fixtureHtml, pageDocument } from '../../core/article/fixtures';

function demo(): { doc: Document; article: ExtractedArticle } {
  const doc = pageDocument(fixtureHtml('demo-fr.html'));
  const article = extractArticle(doc, { url: 'https://www.nasuba-infos.example/a' });
  if (!article) throw new Error('no article');
  return { doc, article };
}

/** A selection holding one range, as `document.getSelection()` gives it. */
function selectionOf(range: Range): Selection {
  return { isCollapsed: range.collapsed, rangeCount: 1, getRangeAt: () => range } as unknown as Selection;
}

function paragraphs(doc: Document): HTMLParagraphElement[] {
  return [...doc.querySelectorAll<HTMLParagraphElement>('.story-body p')];
}

describe('selectionOffsets', () => {
  test('a triple-clicked paragraph, ending at offset 0 of the next one', () => {
    const { doc, article } = demo();
    const [first, second] = paragraphs(doc);
    if (!first || !second) throw new Error('no paragraphs');
    const range = doc.createRange();
    range.setStart(first, 0);
    range.setEnd(second, 0);
    const passage = selectionOffsets(article, selectionOf(range));
    expect(passage && article.text.slice(passage.start, passage.end)).toBe(first.textContent?.trim());
  });

  test('a selection across two paragraphs', () => {
    const { doc, article } = demo();
    const [first, second] = paragraphs(doc);
    if (!first?.firstChild || !second?.firstChild) throw new Error('no paragraphs');
    const range = doc.createRange();
    range.setStart(first.firstChild, 3);
    range.setEnd(second.firstChild, 5);
    const passage = selectionOffsets(article, selectionOf(range));
    expect(passage).not.toBeNull();
    const text = article.text.slice(passage?.start ?? 0, passage?.end ?? 0);
    expect(text.startsWith((first.textContent ?? '').slice(3, 20))).toBe(true);
    expect(text.endsWith((second.textContent ?? '').slice(0, 5))).toBe(true);
  });

  test('the last paragraph, whose end lies after the article', () => {
    const { doc, article } = demo();
    const last = article.segments.at(-1)?.node.parentElement;
    if (!last) throw new Error('no last paragraph');
    const range = doc.createRange();
    range.setStart(last, 0);
    range.setEndAfter(doc.body.lastChild as Node);
    const passage = selectionOffsets(article, selectionOf(range));
    expect(passage && article.text.slice(passage.start, passage.end)).toBe(last.textContent?.trim());
    expect(passage?.end).toBe(article.text.trimEnd().length);
  });

  test('nothing for a collapsed selection or one wholly outside the article', () => {
    const { doc, article } = demo();
    const footer = doc.querySelector('footer');
    if (!footer) throw new Error('no footer');
    const range = doc.createRange();
    range.selectNodeContents(footer);
    expect(selectionOffsets(article, selectionOf(range))).toBeNull();
    range.collapse(true);
    expect(selectionOffsets(article, selectionOf(range))).toBeNull();
  });
});

describe('selectedPassage', () => {
  test("words selected in the page's headline are a passage of the title, others of the text", () => {
    const { doc, article } = demo();
    const headline = doc.querySelector('h1')?.firstChild as Text;
    const at = headline.data.indexOf('officiellement');
    const words = doc.createRange();
    words.setStart(headline, at);
    words.setEnd(headline, at + 'officiellement'.length);
    const passage = selectedPassage(doc, article, selectionOf(words));
    expect(passage).toMatchObject({ place: 'title' });
    expect(article.title.slice(passage?.start, passage?.end)).toBe('officiellement');

    const [first] = paragraphs(doc);
    const inText = doc.createRange();
    inText.setStart(first?.firstChild as Text, 0);
    inText.setEnd(first?.firstChild as Text, 9);
    const text = selectedPassage(doc, article, selectionOf(inText));
    expect(text).not.toHaveProperty('place');
    expect(article.text.slice(text?.start, text?.end)).toBe((first?.textContent ?? '').slice(0, 9).trim());
  });
});
