import { expect, test } from 'vitest';
import { assemble } from '../../../../core/article/assemble';
import type { Block } from '../../../../core/article/blocks';
import { parse } from './fixtures';

function block(node: Text): Block {
  return {
    text: node.data,
    pieces: [{ node, start: 0, end: node.data.length, nodeOffset: 0 }],
    tag: 'p',
    linkLength: 0,
    caption: false,
  };
}

test('joins blocks with blank lines and shifts segments', () => {
  const doc = parse('<p>First block</p><p>Second</p>');
  const [a, b] = [...doc.querySelectorAll('p')].map((p) => p.firstChild as Text);
  if (!a || !b) throw new Error('missing text');
  const { text, segments } = assemble([block(a), block(b)]);
  expect(text).toBe('First block\n\nSecond');
  expect(segments.map(({ start, end }) => [start, end])).toEqual([
    [0, 11],
    [13, 19],
  ]);
  expect(segments[1]?.node).toBe(b);
});

test('is empty without blocks', () => {
  expect(assemble([])).toEqual({ text: '', segments: [] });
});
