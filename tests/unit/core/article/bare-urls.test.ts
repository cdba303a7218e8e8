import { expect, test } from 'vitest';
import { dropLoneUrls } from '../../../../core/article/bare-urls';
import type { Block } from '../../../../core/article/blocks';

function block(text: string): Block {
  return { text, pieces: [], tag: 'p', linkLength: 0, caption: false };
}

const prose = block('A paragraph of the article that carries no link at all and goes on for a while.');

test.each(['https://www.example.com/news/story-123.php', 'Listen: https://podcasts.example/ep/42'])(
  'drops a lone bare URL: %s',
  (text) => {
    expect(dropLoneUrls([prose, block(text), prose])).toEqual([prose, prose]);
  },
);

test('keeps a list of bare URLs', () => {
  const list = ['https://example.org/a', 'https://example.org/b', 'http://example.net/c'].map(block);
  expect(dropLoneUrls([prose, ...list, prose])).toEqual([prose, ...list, prose]);
});

test('keeps a sentence that contains a URL', () => {
  const sentence = block('The full report is at https://example.org/report and runs to 80 pages.');
  expect(dropLoneUrls([sentence])).toEqual([sentence]);
});
