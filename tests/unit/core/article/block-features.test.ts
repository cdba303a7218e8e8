import { expect, test } from 'vitest';
import { FEATURE_NAMES, blockFeatures } from '../../../../core/article/block-features';
import { collectBlocks } from '../../../../core/article/blocks';
import { parse } from './fixtures';

const PROSE =
  'A paragraph of the article, long enough to be a paragraph of the body and not a headline or a label, so it counts as one.';

function featuresOf(body: string) {
  const doc = parse(`<html><body><div id="root">${body}</div></body></html>`);
  const root = doc.getElementById('root');
  if (!root) throw new Error('no root');
  const blocks = collectBlocks(root, (text) => text);
  const named = blockFeatures(doc, blocks).map((x) =>
    Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, x[i]])),
  );
  return { blocks, named };
}

test('one vector of every feature per block', () => {
  const { blocks, named } = featuresOf(`<p>${PROSE}</p><p>${PROSE} Again.</p>`);
  expect(named).toHaveLength(blocks.length);
  for (const vector of named) expect(Object.keys(vector)).toHaveLength(FEATURE_NAMES.length);
});

test('reads the class tokens and tags between a block and the article root, not above it', () => {
  const { named } = featuresOf(
    `<p>${PROSE}</p><div class="social-share"><ul><li><a href="/x">Share on X</a></li></ul></div><p>${PROSE}</p>`,
  );
  const [first, share] = named;
  expect(share?.['class share']).toBe(1);
  expect(share?.['in ul']).toBe(1);
  expect(share?.['link density']).toBe(1);
  expect(share?.['tag li']).toBe(1);
  expect(first?.['class share']).toBe(0);
  // The root's own id ("root") is above every block: no block reads it.
  expect(first?.['class body']).toBe(0);
});

test('position against the body paragraphs and repetition in the page', () => {
  const { named } = featuresOf(
    `<h2>Top label</h2><p>${PROSE}</p><p>${PROSE.toUpperCase()}</p><p>Top label</p>`,
  );
  expect(named[0]?.['before body']).toBe(1);
  expect(named[0]?.['tag heading']).toBe(1);
  expect(named[0]?.repeated).toBe(1);
  expect(named[1]?.['before body']).toBe(0);
  expect(named[3]?.['after body']).toBe(1);
  expect(named[1]?.repeated).toBe(0);
});

test('"ad" is a whole token: a header class is not an ad', () => {
  const { named } = featuresOf(`<p class="header-text">${PROSE}</p><p class="ad">Advert text here</p>`);
  expect(named[0]?.['class ad']).toBe(0);
  expect(named[1]?.['class ad']).toBe(1);
});
