import { expect, test } from 'vitest';
import { collectBlocks } from '../../../../core/article/blocks';
import { dropNamedBoxes } from '../../../../core/article/named-boxes';
import { parse } from './fixtures';

const PARAGRAPH =
  'The council voted on Tuesday to raise the water tariff by four per cent, its first rise since 2019.';

function keptTexts(html: string): string[] {
  const doc = parse(`<html><body><div id="root">${html}</div></body></html>`);
  const root = doc.getElementById('root');
  if (!root) throw new Error('no root');
  return dropNamedBoxes(collectBlocks(root, (text) => text)).map((block) => block.text);
}

const article = (box: string) => `<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>${box}`;

test.each([
  [
    'a newsletter box, its name split by dashes',
    '<div class="news-letter-section"><p>Get our best stories every morning.</p></div>',
  ],
  [
    'a disclaimer',
    '<div class="editorial_disclaimer"><p>The advertising note below does not apply to this article.</p></div>',
  ],
  [
    'an author box',
    '<section class="site-author-box"><p>Hello, I am a food blogger from Hamburg.</p></section>',
  ],
  [
    'a comment area, two levels up',
    '<div id="kommentarModul"><div><p>Sie sind aktuell nicht eingeloggt.</p></div></div>',
  ],
  [
    'an affiliate note',
    '<div id="affiliateText"><p>We receive money when you sign a contract through our links.</p></div>',
  ],
  ['a French comment area', '<div class="commentaires"><p>Soyez le premier à réagir.</p></div>'],
  ['a bio, as a whole token', '<div class="bio card"><p>She covers city hall.</p></div>'],
  [
    'a still image’s caption box',
    '<div class="wp-caption"><img src="dam.jpg" alt=""><p class="wp-caption-text">The dam at dawn.</p></div>',
  ],
  [
    'a featured image’s caption, its name in an ancestor',
    '<div class="featured-image-caption"><div><p>The dam holds 40 million cubic metres.</p></div></div>',
  ],
])('drops %s', (_, box) => {
  expect(keptTexts(article(box))).toEqual([PARAGRAPH, PARAGRAPH, PARAGRAPH]);
});

test.each([
  [
    'an opinion piece’s "commentary" box',
    '<div class="commentary"><p>Why the tariff rise is overdue.</p></div>',
  ],
  ['a "biology" section', '<div class="biology-notes"><p>The river’s trout need cold water.</p></div>'],
  ['a box named nothing', '<div class="story-part"><p>The rise takes effect in May.</p></div>'],
  [
    'a video’s caption box (often the story’s only lead)',
    '<div class="media"><iframe src="https://player.example/v/1"></iframe><p class="caption">Flooding closed the ring road on Monday.</p></div>',
  ],
  [
    'a caption box inside a video’s figure',
    '<figure><video src="flood.mp4"></video><div class="video-caption"><p>Flooding closed the ring road.</p></div></figure>',
  ],
])('keeps %s', (_, box) => {
  expect(keptTexts(article(box))).toHaveLength(4);
});

test('never drops a box that holds much of the article (a story wrapped in "subscriber-content")', () => {
  const wrapped = `<div class="subscriber-content"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div><p>${PARAGRAPH}</p>`;
  expect(keptTexts(wrapped)).toEqual([PARAGRAPH, PARAGRAPH, PARAGRAPH]);
});

test('reads only the four elements nearest a block', () => {
  const deep = `<div class="comments-wrapper"><div><div><div><div><p>${PARAGRAPH}</p></div></div></div></div></div>`;
  expect(keptTexts(`${article('')}${deep}`)).toHaveLength(4);
});
