import { describe, expect, test } from 'vitest';
import { conceptsOf, hasConcepts } from '../../../../core/claims/concepts';

describe('conceptsOf', () => {
  test.each([
    ['en', "We didn't cut taxes by 10%.", ['we', 'did', 'not', 'cut', 'taxes', '#percent', '%', '00']],
    ['en', "I'm sure it's $5 billion.", ['i', 'am', 'sure', 'it', '$', '#money', '#big-number', 'billion']],
    [
      'fr',
      "Nous n'avons pas réduit les impôts de 10 %.",
      ['we', 'not', 'have', 'reduced', 'taxes', '#percent'],
    ],
    ['fr', 'Le chômage augmentera de 5 milliards.', ['unemployment', 'will', 'billion', '#big-number']],
    ['fr', "L'État a voté la loi en 2021.", ['state', 'has', 'voted', 'law', '#year', '0000']],
    ['fr-CA', 'Je pense que le plan est bon.', ['i', 'think', 'plan', 'good']],
  ])('%s: %s', (lang, sentence, expected) => {
    expect(conceptsOf(sentence, lang)).toEqual(expect.arrayContaining(expected));
  });

  test('concepts are distinct and sorted; unknown words map to nothing', () => {
    const concepts = conceptsOf('Le le le xyzzyq plan plan.', 'fr');
    expect(concepts).toEqual([...new Set(concepts)].sort());
    expect(concepts).not.toContain('xyzzyq');
  });

  test('French phrases take precedence over their words', () => {
    expect(conceptsOf('Il a baissé de 5 pour cent.', 'fr')).toContain('percent');
  });

  test('languages without a lexicon have no concepts', () => {
    expect(hasConcepts('en-GB')).toBe(true);
    expect(hasConcepts('fr')).toBe(true);
    expect(hasConcepts('de')).toBe(false);
    expect(conceptsOf('Die Arbeitslosigkeit lag 2023 bei 5,7 %.', 'de')).toEqual([]);
  });
});
