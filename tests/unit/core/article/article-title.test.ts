import { expect, test } from 'vitest';
import { articleTitle } from '../../../../core/article/article-title';
import { parse } from './fixtures';

const HEADLINE = 'Darán bendición a vehículos este sábado';

const page = (title: string, body: string) =>
  parse(`<html><head><title>${title}</title></head><body>${body}</body></html>`);

test('cuts the site name off a title whose story part is the page’s headline', () => {
  const doc = page(`Diario HOY | ${HEADLINE}`, `<h1>${HEADLINE}</h1><p>Texto.</p>`);
  expect(articleTitle(doc, `Diario HOY | ${HEADLINE}`)).toBe(HEADLINE);
});

test('keeps the story part, not the site name, when both are headings (a blog’s logo)', () => {
  const title = 'A grant to prototype and scale programs - The GiveWell Blog';
  const doc = page(title, '<h1>The GiveWell Blog</h1><h1>A grant to prototype and scale programs</h1>');
  expect(articleTitle(doc, title)).toBe('A grant to prototype and scale programs');
});

test('keeps the whole title when only a shorter part is a heading (the site name)', () => {
  const title = 'Das vermutlich schwulste Musikvideo der Welt : Krimiblog-Archiv';
  const doc = page(title, '<h1>Krimiblog-Archiv</h1><h2>Das Musikvideo</h2>');
  expect(articleTitle(doc, title)).toBe(title);
});

test('keeps a title the page shows whole, separators and all', () => {
  const title = 'Brexit - the deal explained';
  const doc = page(title, `<h1>${title}</h1><h2>the deal explained</h2>`);
  expect(articleTitle(doc, title)).toBe(title);
});

test('keeps the title when no heading holds any part of it', () => {
  const doc = page(`Diario HOY | ${HEADLINE}`, '<p>Texto.</p>');
  expect(articleTitle(doc, `Diario HOY | ${HEADLINE}`)).toBe(`Diario HOY | ${HEADLINE}`);
});

test('falls back to the document’s <title> when Readability found none', () => {
  const doc = page(`  ${HEADLINE}  `, '<p>Texto.</p>');
  expect(articleTitle(doc, null)).toBe(HEADLINE);
});
