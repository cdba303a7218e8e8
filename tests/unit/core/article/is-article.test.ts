import { expect, test } from 'vitest';
import type { Block } from '../../../../core/article/blocks';
import {
  declaresArticle,
  looksLikeArticle,
  pageIsArticleCandidate,
} from '../../../../core/article/is-article';
import { parse } from './fixtures';

const SENTENCE = 'The council approved the budget on Monday after a debate that lasted more than six hours. ';

function block(text: string, linkLength = 0): Block {
  return { text, pieces: [], tag: 'p', linkLength, caption: false };
}

test.each([
  [`<body><article><p>${SENTENCE.repeat(3)}</p></article></body>`, true],
  [`<body><div class="txt">${SENTENCE.repeat(3)}</div></body>`, true],
  ['<body><nav><a href="/">Home</a></nav><p>Short.</p></body>', false],
])('pageIsArticleCandidate %#', (body, expected) => {
  expect(pageIsArticleCandidate(parse(`<html>${body}</html>`))).toBe(expected);
});

test('looksLikeArticle wants enough text', () => {
  const doc = parse('<html></html>');
  expect(looksLikeArticle(doc, [block('Too short.')], 'Too short.')).toBe(false);
  const blocks = [block(SENTENCE), block(SENTENCE), block(SENTENCE)];
  expect(looksLikeArticle(doc, blocks, SENTENCE.repeat(3))).toBe(true);
});

test('looksLikeArticle rejects link lists', () => {
  const text = SENTENCE.repeat(4);
  expect(looksLikeArticle(parse('<html></html>'), [block(text, text.length)], text)).toBe(false);
});

test('looksLikeArticle wants paragraphs on og:type=website pages', () => {
  const doc = parse('<html><head><meta property="og:type" content="website"></head></html>');
  const text = SENTENCE.repeat(4);
  expect(looksLikeArticle(doc, [block(text)], text)).toBe(false);
  const paragraph = SENTENCE.repeat(2);
  const blocks = [block(paragraph), block(paragraph), block(paragraph)];
  expect(looksLikeArticle(doc, blocks, paragraph.repeat(3))).toBe(true);
});

test('pageIsArticleCandidate lets through a short post inside a list item', () => {
  const post = `<ul><li class="post"><h2><a href="/p/1">A short post</a></h2><p>${SENTENCE.repeat(3)}</p><pre>code();</pre></li></ul>`;
  expect(pageIsArticleCandidate(parse(`<html><body>${post}</body></html>`))).toBe(true);
});

test('looksLikeArticle takes one long paragraph on an og:type=website page for an article', () => {
  const doc = parse('<html><head><meta property="og:type" content="website"></head></html>');
  const item = SENTENCE.repeat(5);
  expect(looksLikeArticle(doc, [block('A short headline'), block(item)], item)).toBe(true);
});

test.each([
  ['og:type article', '<meta property="og:type" content="article">'],
  [
    'a JSON-LD BlogPosting',
    '<script type="application/ld+json">{"@type": "BlogPosting", "headline": "x"}</script>',
  ],
])('a short post that declares itself an article (%s) is let through', (_name, head) => {
  const post = `<html><head>${head}</head><body><h1>Variables</h1><p>${SENTENCE}</p><p>${SENTENCE}</p></body></html>`;
  const doc = parse(post);
  expect(declaresArticle(doc)).toBe(true);
  expect(pageIsArticleCandidate(doc)).toBe(true);
  const text = `${SENTENCE}\n\n${SENTENCE}`;
  expect(looksLikeArticle(doc, [block(SENTENCE), block(SENTENCE)], text)).toBe(true);
});

test('the same short text on a page that does not declare an article is not one', () => {
  const doc = parse(
    `<html><head><meta property="og:type" content="website"></head><body><p>${SENTENCE}</p></body></html>`,
  );
  expect(declaresArticle(doc)).toBe(false);
  expect(looksLikeArticle(doc, [block(SENTENCE)], SENTENCE)).toBe(false);
});
