import { expect, test } from 'vitest';
import { collectBlocks } from '../../../../core/article/blocks';
import { withStandfirst } from '../../../../core/article/standfirst';
import { parse } from './fixtures';

const LEAD =
  'The regional council will close two of its five schools next year, its president said on Monday.';
const BODY =
  'Parents learnt of the plan at a meeting in the town hall, where the council set out its figures.';

function page(head: string, lead: string): Document {
  return parse(
    `<html><head>${head}</head><body><header><h1>Schools</h1><p class="chapo">${lead}</p></header><div id="body"><p>${BODY}</p></div></body></html>`,
  );
}

function bodyBlocks(doc: Document) {
  const body = doc.getElementById('body');
  if (!body) throw new Error('no body');
  return collectBlocks(body, (text) => text);
}

test('puts back the standfirst the page summary repeats', () => {
  const doc = page(`<meta property="og:description" content="${LEAD}">`, LEAD);
  expect(withStandfirst(doc, bodyBlocks(doc)).map((block) => block.text)).toEqual([LEAD, BODY]);
});

test.each([
  ['no summary', '', LEAD],
  ['a summary no element repeats', `<meta name="description" content="${LEAD} More.">`, LEAD],
  ['a tagline', '<meta name="description" content="News from the valley">', 'News from the valley'],
])('adds nothing with %s', (_name, head, lead) => {
  const doc = page(head, lead);
  expect(withStandfirst(doc, bodyBlocks(doc)).map((block) => block.text)).toEqual([BODY]);
});

test('adds nothing when the summary is already in the article or comes after it', () => {
  const doc = page(`<meta property="og:description" content="${BODY}">`, LEAD);
  expect(withStandfirst(doc, bodyBlocks(doc)).map((block) => block.text)).toEqual([BODY]);
});
