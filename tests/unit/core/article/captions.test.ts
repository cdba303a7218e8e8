import { expect, test } from 'vitest';
import { collectBlocks } from '../../../../core/article/blocks';
import { isStillImageCaption } from '../../../../core/article/captions';
import { extractArticle } from '../../../../core/article/extract-article';
import { articlePage, parse } from './fixtures';

function captionOf(figure: string) {
  const doc = parse(`<html><body><div id="root">${figure}</div></body></html>`);
  const root = doc.getElementById('root');
  if (!root) throw new Error('no root');
  const caption = collectBlocks(root, (text) => text).find((block) => block.caption);
  if (!caption) throw new Error('no caption block');
  return caption;
}

test('a still image caption is left out', () => {
  const block = captionOf(
    '<figure><img src="a.jpg" alt=""><figcaption>The harbour at dawn. Photo: J. Doe</figcaption></figure>',
  );
  expect(isStillImageCaption(block)).toBe(true);
});

test.each([
  '<figure><video src="a.mp4"></video><figcaption>Lead sentence of the story.</figcaption></figure>',
  '<figure><iframe title="player"></iframe><figcaption>Lead sentence of the story.</figcaption></figure>',
  '<figure><div class="VideoPlayer"></div><figcaption>Lead sentence of the story.</figcaption></figure>',
])('the caption of a video stays: %s', (figure) => {
  expect(isStillImageCaption(captionOf(figure))).toBe(false);
});

test('a video story keeps its lead sentence from the caption', () => {
  const lead = 'Flood water reached the first floor of 300 homes in the valley on Sunday, the mayor said.';
  const body =
    'Rescue teams evacuated the residents of the lower town by boat during the night, and the regional council opened two shelters in schools on the hill above the river.';
  const html = articlePage([
    `</p><figure><video src="/v/flood.mp4"></video><figcaption>${lead}</figcaption></figure><p>${body}`,
    body.replace('two', 'three'),
    body.replace('night', 'morning'),
  ]);
  expect(extractArticle(parse(html), { url: 'https://news.example/flood' })?.text).toContain(lead);
});
