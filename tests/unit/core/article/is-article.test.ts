import { expect, test } from 'vitest';
import type { Block } from '../../../../core/article/blocks';
import {
  declaresArticle,
  isSiteRoot,
  looksLikeArticle,
  pageIsArticleCandidate,
} from '../../../../core/article/is-article';
import { parse } from './fixtures';

/** A site's home page: where `og:type=website` names a home or landing page. */
const HOME = 'https://site.example/';

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
  expect(looksLikeArticle(doc, [block('Too short.')], 'Too short.', HOME)).toBe(false);
  const blocks = [block(SENTENCE), block(SENTENCE), block(SENTENCE)];
  expect(looksLikeArticle(doc, blocks, SENTENCE.repeat(3), HOME)).toBe(true);
});

test('looksLikeArticle rejects link lists', () => {
  const text = SENTENCE.repeat(4);
  expect(looksLikeArticle(parse('<html></html>'), [block(text, text.length)], text, HOME)).toBe(false);
});

test('looksLikeArticle wants paragraphs on og:type=website pages', () => {
  const doc = parse('<html><head><meta property="og:type" content="website"></head></html>');
  const text = SENTENCE.repeat(4);
  expect(looksLikeArticle(doc, [block(text)], text, HOME)).toBe(false);
  const paragraph = SENTENCE.repeat(2);
  const blocks = [block(paragraph), block(paragraph), block(paragraph)];
  expect(looksLikeArticle(doc, blocks, paragraph.repeat(3), HOME)).toBe(true);
});

test('pageIsArticleCandidate lets through a short post inside a list item', () => {
  const post = `<ul><li class="post"><h2><a href="/p/1">A short post</a></h2><p>${SENTENCE.repeat(3)}</p><pre>code();</pre></li></ul>`;
  expect(pageIsArticleCandidate(parse(`<html><body>${post}</body></html>`))).toBe(true);
});

test('looksLikeArticle takes one long paragraph on an og:type=website page for an article', () => {
  const doc = parse('<html><head><meta property="og:type" content="website"></head></html>');
  const item = SENTENCE.repeat(5);
  expect(looksLikeArticle(doc, [block('A short headline'), block(item)], item, HOME)).toBe(true);
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
  expect(looksLikeArticle(doc, [block(SENTENCE), block(SENTENCE)], text, HOME)).toBe(true);
});

test('the same short text on a page that does not declare an article is not one', () => {
  const doc = parse(
    `<html><head><meta property="og:type" content="website"></head><body><p>${SENTENCE}</p></body></html>`,
  );
  expect(declaresArticle(doc)).toBe(false);
  expect(looksLikeArticle(doc, [block(SENTENCE)], SENTENCE, HOME)).toBe(false);
});

test.each([
  ['https://site.example/', true],
  ['https://site.example/index.html', true],
  ['https://site.example/fr/', true],
  ['https://site.example/en-gb/default.aspx', true],
  ['https://site.example/?p=123', false],
  ['https://site.example/programme', false],
  ['https://site.example/2024/03/budget-vote.html', false],
  ['https://site.example/fr/culture/', false],
  ['not a url', false],
])('isSiteRoot(%s) is %s', (url, expected) => {
  expect(isSiteRoot(url)).toBe(expected);
});

test("og:type=website asks for paragraphs only at a site's root, not at a story's address", () => {
  const doc = parse('<html><head><meta property="og:type" content="website"></head></html>');
  // A programme or a list of facts: many short lines, none paragraph-sized, few links.
  const lines = Array.from({ length: 12 }, (_, i) =>
    block(`Item ${i}: the council meets at ${i + 8} o'clock.`),
  );
  const text = lines.map((line) => line.text).join('\n\n');
  expect(looksLikeArticle(doc, lines, text, HOME)).toBe(false);
  expect(looksLikeArticle(doc, lines, text, 'https://site.example/events/council-week')).toBe(true);
});
