import { expect, test } from 'vitest';
import { cloneWithTextMap } from '../../../../core/article/clone-map';
import { parse } from './fixtures';

function textNodes(root: Node): Text[] {
  const found: Text[] = [];
  const walker =
    root.ownerDocument?.createTreeWalker(root, 4) ?? (root as Document).createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) found.push(node as Text);
  return found;
}

const HTML =
  '<html><head><title>T</title></head><body><div><p>One <b>two</b> three</p><ul><li>four</li><li>five</li></ul></div>six</body></html>';

test('pairs every clone text node with its live original', () => {
  const doc = parse(HTML);
  const { clone, liveOf } = cloneWithTextMap(doc);
  const live = textNodes(doc);
  const copies = textNodes(clone);
  expect(copies.length).toBe(live.length);
  copies.forEach((copy, i) => {
    expect(copy).not.toBe(live[i]);
    expect(liveOf(copy)).toBe(live[i]);
  });
});

test('finds the live node for text Readability re-created, in document order', () => {
  const doc = parse('<html><body><p>same</p><p>other</p><p>same</p></body></html>');
  const { clone, liveOf } = cloneWithTextMap(doc);
  // Resetting innerHTML re-creates every node, as Readability does between its passes.
  const html = clone.body.innerHTML;
  clone.body.innerHTML = html;
  const [first, other, second] = textNodes(clone.body);
  const live = textNodes(doc.body);
  expect(liveOf(first as Text)).toBe(live[0]);
  expect(liveOf(other as Text)).toBe(live[1]);
  expect(liveOf(second as Text)).toBe(live[2]);
});

test('returns null for text that never was in the page', () => {
  const doc = parse(HTML);
  const { clone, liveOf } = cloneWithTextMap(doc);
  expect(liveOf(clone.createTextNode('made up'))).toBeNull();
});
