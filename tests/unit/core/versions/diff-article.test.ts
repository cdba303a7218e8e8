import { describe, expect, test } from 'vitest';
import { diffArticle } from '../../../../core/versions/diff-article';

const ARTICLE = [
  'Publié le 3 juillet 2025 à 10h12',
  '',
  'La Russie a officiellement reconnu le régime des talibans.',
  '',
  'En avril 2025, la justice russe a retiré les talibans de sa liste.',
  '',
  '1 234 commentaires',
  '',
  'Moscou veut renforcer ses relations économiques avec Kaboul.',
].join('\n');

describe('diffArticle', () => {
  test('the same text has no change', () => {
    expect(diffArticle(ARTICLE, ARTICLE)).toEqual([]);
  });

  test('whitespace, dates, counters and ads are noise', () => {
    const noisy = ARTICLE.replace('3 juillet 2025 à 10h12', '4 juillet 2025 à 08h00')
      .replace('1 234 commentaires', '1 301 commentaires')
      .replace('régime des', 'régime  des')
      .replace('Moscou veut', 'Publicité\n\nMoscou veut');
    expect(diffArticle(ARTICLE, noisy)).toEqual([]);
  });

  test('a word changed inside a sentence is a replace with its offsets', () => {
    const edited = ARTICLE.replace('En avril 2025', 'En mai 2025');
    const [change, ...rest] = diffArticle(ARTICLE, edited);
    expect(rest).toEqual([]);
    expect(change).toMatchObject({ op: 'replace', was: 'avril', now: 'mai' });
    expect(ARTICLE.slice(change?.oldStart, change?.oldEnd)).toBe('avril');
    expect(edited.slice(change?.newStart, change?.newEnd)).toBe('mai');
  });

  test('an inserted sentence is an insert, a removed paragraph a delete', () => {
    const sentence = 'Le porte-parole a précisé vendredi que d’autres accords suivraient.';
    const edited = ARTICLE.replace('Moscou veut', `${sentence} Moscou veut`).replace(
      'La Russie a officiellement reconnu le régime des talibans.\n\n',
      '',
    );
    const changes = diffArticle(ARTICLE, edited);
    expect(changes.map(({ op, was, now }) => ({ op, was, now }))).toEqual([
      { op: 'delete', was: 'La Russie a officiellement reconnu le régime des talibans.', now: '' },
      { op: 'insert', was: '', now: sentence },
    ]);
    const [, insert] = changes;
    expect(insert?.oldStart).toBe(insert?.oldEnd);
  });
});

test('a change of a hundred thousand words is found, not a stack overflow (a page cannot hide its edit)', () => {
  const added = Array.from({ length: 130_000 }, (_, i) => `w${(i * 7919) % 5000}`).join(' ');
  const changes = diffArticle('Intro text here.', `Intro text here. ${added}`);
  expect(changes).toHaveLength(1);
  expect(changes[0]?.op).toBe('insert');
});

test('two unrelated long texts: past the bound on the diff, one replacement between their common start and end', () => {
  const words = (seed: number) => Array.from({ length: 10_000 }, (_, i) => `w${(i * seed) % 5000}`).join(' ');
  const oldText = `Intro text here. ${words(7919)} The end.`;
  const newText = `Intro text here. ${words(104729)} The end.`;
  const changes = diffArticle(oldText, newText);
  expect(changes.map((change) => change.op)).toEqual(['replace']);
  const [change] = changes;
  // Both texts start with "w0": the common start is the intro and that word.
  expect(oldText.slice(0, change?.oldStart)).toBe('Intro text here. w0 ');
  expect(newText.slice(0, change?.newStart)).toBe('Intro text here. w0 ');
  expect(oldText.slice(change?.oldEnd)).toBe(' The end.');
  expect(newText.slice(change?.newEnd)).toBe(' The end.');
});

test('one word edited in the middle of a hundred thousand is found as that word', () => {
  const words = Array.from({ length: 100_000 }, (_, i) => `w${(i * 7919) % 5000}`);
  const edited = [...words];
  edited[50_000] = 'changed';
  const changes = diffArticle(words.join(' '), edited.join(' '));
  expect(changes).toMatchObject([{ op: 'replace', was: words[50_000], now: 'changed' }]);
});
