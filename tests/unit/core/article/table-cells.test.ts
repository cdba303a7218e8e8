import { expect, test } from 'vitest';
import { collectBlocks } from '../../../../core/article/blocks';
import { isTableDatum } from '../../../../core/article/table-cells';
import { parse } from './fixtures';

const blocksOf = (html: string) => {
  const doc = parse(`<html><body>${html}</body></html>`);
  return collectBlocks(doc.body, (text) => text);
};

test('a whole cell of a row of three or more cells is a datum', () => {
  const blocks = blocksOf('<table><tr><td>Riverside</td><td>31:27</td><td>Hilltop</td></tr></table>');
  expect(blocks.map((block) => [block.text, isTableDatum(block)])).toEqual([
    ['Riverside', true],
    ['31:27', true],
    ['Hilltop', true],
  ]);
});

test.each([
  ['a layout table of two columns', '<table><tr><td>Menu</td><td>19.11.2019, 08:57</td></tr></table>'],
  ['part of a cell', '<table><tr><td>a</td><td>b</td><td><p>19.11.2019</p><p>Text</p></td></tr></table>'],
  ['no table', '<p>19.11.2019, 08:57</p>'],
])('not a datum: %s', (_name, html) => {
  const dated = blocksOf(html).find((block) => block.text.startsWith('19.11.2019'));
  expect(dated).toBeDefined();
  expect(isTableDatum(dated as NonNullable<typeof dated>)).toBe(false);
});
