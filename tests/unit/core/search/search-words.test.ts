import { describe, expect, test } from 'vitest';
import { foldText, queryPrefixes, searchWords } from '../../../../core/search/search-words';
import { stem } from '../../../../core/search/stem';

describe('searchWords', () => {
  test('folds accents and case, drops stopwords and one-letter words', () => {
    expect(searchWords('La Russie reconnaît officiellement le régime des talibans')).toEqual([
      'russie',
      'reconnait',
      'officiellement',
      'regime',
      'talibans',
    ]);
    expect(searchWords('The Rhine is at a record low, L’État dit non')).toEqual([
      'rhine',
      'record',
      'low',
      'etat',
      'dit',
      'non',
    ]);
  });

  test('foldText keeps letters and digits of any script', () => {
    expect(foldText('ÉLYSÉE 2025 Ωmega')).toBe('elysee 2025 ωmega');
  });
});

describe('stem and query prefixes', () => {
  test.each([
    ['reconnaitre', 'reconn'],
    ['reconnait', 'reconn'],
    ['reconnu', 'reconn'],
    ['organisations', 'organis'],
    ['talibans', 'taliban'],
    ['shipping', 'shipp'],
    ['levels', 'level'],
    ['menu', 'menu'],
    ['port', 'port'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  test.each([
    ['reconnaitre', 'La Russie reconnaît le régime', true],
    ['Reconnaît', 'Moscou a reconnu les talibans', true],
    ['organisation terroriste', 'liste des organisations terroristes', true],
    ['recon', 'reconnaissance officielle', true],
    ['shipping rates', 'Shipping operators said freight rates tripled', true],
    ['drought rhine', 'Drought cuts cargo', false],
    ['talibans', 'Drought cuts Rhine cargo', false],
  ])('"%s" finds "%s": %s', (query, text, found) => {
    const words = searchWords(text);
    const matches = queryPrefixes(query).every((prefix) => words.some((word) => word.startsWith(prefix)));
    expect(matches).toBe(found);
  });

  test('a query of stopwords only looks for nothing; redundant prefixes collapse', () => {
    expect(queryPrefixes('la de the')).toEqual([]);
    expect(queryPrefixes('reconnu reconnaître')).toEqual(['reconn']);
  });
});
