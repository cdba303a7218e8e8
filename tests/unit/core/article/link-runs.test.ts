import { expect, test } from 'vitest';
import type { Block } from '../../../../core/article/blocks';
import { dropLinkRuns } from '../../../../core/article/link-runs';

function block(text: string, linked: boolean): Block {
  return { text, pieces: [], tag: 'li', linkLength: linked ? text.length : 0, caption: false };
}

const prose = block('A paragraph of the article that carries no link at all and goes on for a while.', false);

test('drops a run of three or more link-only lines', () => {
  const menu = ['Home', 'World', 'Business', 'Sport'].map((t) => block(t, true));
  expect(dropLinkRuns([prose, ...menu, prose])).toEqual([prose, prose]);
});

test('keeps one or two linked lines', () => {
  const two = [block('Source: the report', true), block('The annex', true)];
  expect(dropLinkRuns([prose, ...two, prose])).toEqual([prose, ...two, prose]);
});

test('keeps long linked paragraphs', () => {
  const long = block('x'.repeat(200), true);
  expect(dropLinkRuns([long, long, long])).toEqual([long, long, long]);
});

test('keeps a list of written-out addresses (references, bare links)', () => {
  const references = [
    '[1] http://www.example.org/philosophy/free.html',
    '[2] https://example.net/portal/',
    'www.example.com/documents',
  ].map((t) => block(t, true));
  expect(dropLinkRuns([prose, ...references, prose])).toEqual([prose, ...references, prose]);
});
