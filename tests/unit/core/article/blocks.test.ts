import { expect, test } from 'vitest';
import { collectBlocks } from '../../../../core/article/blocks';
import { parse } from './fixtures';

const identity = (text: Text) => text;

function blocksOf(html: string) {
  const doc = parse(`<html><body><div id="root">${html}</div></body></html>`);
  const root = doc.getElementById('root');
  if (!root) throw new Error('no root');
  return collectBlocks(root, identity);
}

test.each([
  ['<p>One</p><p>Two</p>', ['One', 'Two']],
  ['<p>  One \n\t two  </p>', ['One two']],
  ['<p>One <b>two</b>three</p>', ['One twothree']],
  ['loose <p>para</p> tail', ['loose', 'para', 'tail']],
  ['<p>line one<br>line two</p>', ['line one', 'line two']],
  ['<ul><li>a</li><li>b</li></ul>', ['a', 'b']],
  ['<p>text<script>var x = 1;</script><style>p{}</style> end</p>', ['text end']],
  ['<p>   </p><p></p>', []],
  ['<div><div><p>deep</p></div></div>after', ['deep', 'after']],
])('%s → %j', (html, expected) => {
  expect(blocksOf(html).map((block) => block.text)).toEqual(expected);
});

test('pieces copy their node text verbatim', () => {
  for (const block of blocksOf('<p>  Hello   big\n world <i>again</i>. </p><p>x  y</p>')) {
    for (const piece of block.pieces) {
      expect(piece.node.data.slice(piece.nodeOffset, piece.nodeOffset + piece.end - piece.start)).toBe(
        block.text.slice(piece.start, piece.end),
      );
    }
  }
});

test('counts link text and marks captions', () => {
  const [linked, caption] = blocksOf(
    '<p><a href="/a">Linked words</a> plain</p><figure><figcaption>A caption</figcaption></figure>',
  );
  expect(linked?.linkLength).toBe('Linked words'.length);
  expect(linked?.caption).toBe(false);
  expect(caption?.caption).toBe(true);
});

test('leaves out text the clone map cannot place', () => {
  const doc = parse('<html><body><div id="root"><p>kept</p><p>lost</p></div></body></html>');
  const root = doc.getElementById('root');
  if (!root) throw new Error('no root');
  const blocks = collectBlocks(root, (text) => (text.data === 'lost' ? null : text));
  expect(blocks.map((block) => block.text)).toEqual(['kept']);
});

test('reads the text an unclosed <svg> swallowed, not the drawing’s own labels', () => {
  const blocks = blocksOf(
    '<p>Intro.</p><svg viewBox="0 0 8 8"><title>Share icon</title><text x="0" y="4">A</text><path d="M0 0h8"></path>The council voted on Monday. <a href="/budget">The budget</a> passed.',
  );
  expect(blocks.map((block) => block.text)).toEqual([
    'Intro.',
    'The council voted on Monday. The budget passed.',
  ]);
});

test('reads a ruby’s base text, not its reading (<rt>) or the fallback parentheses (<rp>)', () => {
  const [block] = blocksOf(
    '<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>をなくす。</p>',
  );
  expect(block?.text).toBe('子どもへの虐待をなくす。');
  // Each piece still points at the live text it copies.
  for (const piece of block?.pieces ?? []) {
    expect(piece.node.data.slice(piece.nodeOffset, piece.nodeOffset + piece.end - piece.start)).toBe(
      block?.text.slice(piece.start, piece.end),
    );
  }
});
