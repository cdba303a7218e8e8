import { expect, test } from 'vitest';
import { excerpt } from '../../../../core/text/excerpt';

test('a short text is kept whole', () => {
  expect(excerpt('Voir la dépêche.', 140)).toBe('Voir la dépêche.');
});

test('a long text ends at a word’s end, with an ellipsis', () => {
  expect(excerpt('Décision de la Cour suprême du 17 avril 2025', 20)).toBe('Décision de la Cour…');
});

test('one long word (a URL) is cut where it must', () => {
  const url = `https://example.org/${'segment'.repeat(10)}`;
  expect(excerpt(`Voir ${url}`, 30)).toBe(`Voir ${url.slice(0, 25)}…`);
});

test('an emoji is never cut in half', () => {
  expect(excerpt('😀😀😀😀', 3)).toBe('😀😀😀…');
});
