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

test('puts back the standfirst a summary cut short with an ellipsis starts', () => {
  for (const ellipsis of ['...', '…']) {
    const doc = page(`<meta property="og:description" content="${LEAD.slice(0, 70)}${ellipsis}">`, LEAD);
    expect(withStandfirst(doc, bodyBlocks(doc)).map((block) => block.text)).toEqual([LEAD, BODY]);
  }
});

test('reads the page description when og:description repeats nothing of the page', () => {
  const head = `<meta property="og:description" content="All the news of the valley, every day, from our newsroom."><meta name="description" content="${LEAD}">`;
  const doc = page(head, LEAD);
  expect(withStandfirst(doc, bodyBlocks(doc)).map((block) => block.text)).toEqual([LEAD, BODY]);
});

test('puts back a standfirst set as a list of points, its items joined without a space', () => {
  const points = ['Two of five schools close next year', 'Parents heard of it at the town hall'];
  const doc = parse(
    `<html><head><meta name="description" content="${points.join('\n')}"></head><body><h1>Schools</h1><ul class="points"><li>${points[0]}</li><li>${points[1]}</li></ul><div id="body"><p>${BODY}</p></div></body></html>`,
  );
  expect(withStandfirst(doc, bodyBlocks(doc)).map((block) => block.text)).toEqual([...points, BODY]);
});

test('a cut summary takes neither an element holding the body nor one of an article’s length', () => {
  const cut = `<meta property="og:description" content="${LEAD.slice(0, 70)}…">`;
  // The words of the summary start a wrapper that also holds the body: not a standfirst.
  const holding = parse(
    `<html><head>${cut}</head><body><div>${LEAD.slice(0, 40)}<b>${LEAD.slice(40)}</b><div id="body"><p>${BODY}</p></div></div></body></html>`,
  );
  expect(withStandfirst(holding, bodyBlocks(holding)).map((block) => block.text)).toEqual([BODY]);
  // A lead followed by three more paragraphs' worth of text in one element: not a standfirst.
  const long = page(cut, `${LEAD} ${BODY} ${BODY} ${BODY}`);
  expect(withStandfirst(long, bodyBlocks(long)).map((block) => block.text)).toEqual([BODY]);
});
