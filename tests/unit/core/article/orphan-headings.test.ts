import { expect, test } from 'vitest';
import type { Block } from '../../../../core/article/blocks';
import { dropOrphanHeadings } from '../../../../core/article/orphan-headings';

const block = (tag: string, text: string): Block => ({
  text,
  pieces: [],
  tag,
  linkLength: 0,
  caption: false,
});

const title = block('h1', 'The council raises the water tariff');
const paragraph = block('p', 'The council voted on Tuesday to raise the water tariff by four per cent.');
const section = block('h2', 'What changes for households');
const subsection = block('h3', 'Tenants');
const teaser = block('h3', 'More on this story');

test('drops a heading that ends the body', () => {
  expect(dropOrphanHeadings([paragraph, teaser])).toEqual([paragraph]);
});

test('drops a heading right above one of its own rank or above: what it headed is gone', () => {
  expect(dropOrphanHeadings([paragraph, teaser, section, paragraph])).toEqual([
    paragraph,
    section,
    paragraph,
  ]);
  expect(dropOrphanHeadings([paragraph, teaser, subsection, paragraph])).toEqual([
    paragraph,
    subsection,
    paragraph,
  ]);
});

test('keeps a heading above its first sub-heading, headings with text under them, and the first block', () => {
  expect(dropOrphanHeadings([paragraph, section, subsection, paragraph])).toEqual([
    paragraph,
    section,
    subsection,
    paragraph,
  ]);
  expect(dropOrphanHeadings([title, section, paragraph])).toEqual([title, section, paragraph]);
  expect(dropOrphanHeadings([section, paragraph, section, paragraph])).toEqual([
    section,
    paragraph,
    section,
    paragraph,
  ]);
});
