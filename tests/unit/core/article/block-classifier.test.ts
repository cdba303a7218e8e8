import { expect, test } from 'vitest';
import { dropUnlikelyBlocks } from '../../../../core/article/block-classifier';
import { collectBlocks } from '../../../../core/article/blocks';
import { parse } from './fixtures';

const PARAGRAPHS = [
  'The council voted on Tuesday to close the old bridge to cars from March, after engineers found cracks in two of its piers.',
  'Traffic will be sent over the ring road, which the council says can take 12,000 more vehicles a day at peak hours.',
  'Shops on the bridge street say they expect to lose a third of their trade, and have asked for a rates holiday for the year.',
];

function kept(body: string): string[] {
  const doc = parse(`<html><body><div id="root">${body}</div></body></html>`);
  const root = doc.getElementById('root');
  if (!root) throw new Error('no root');
  return dropUnlikelyBlocks(
    doc,
    collectBlocks(root, (text) => text),
  ).map((block) => block.text);
}

test('keeps every paragraph, heading and table cell of a plain article', () => {
  const body = `<h2>Bridge to close</h2>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}
<table><tr><td>Ring road</td><td>12,000</td><td>18,500</td></tr></table><ul><li>Closure from 1 March.</li></ul>`;
  expect(kept(body)).toEqual([
    'Bridge to close',
    ...PARAGRAPHS,
    'Ring road',
    '12,000',
    '18,500',
    'Closure from 1 March.',
  ]);
});

test('drops an author box and a linked related list under the body', () => {
  const body = `${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}
<div class="author-bio"><a href="/jane">Jane Doe</a></div>
<div class="related-links"><a href="/a">Council budget row</a></div>`;
  expect(kept(body)).toEqual(PARAGRAPHS);
});
