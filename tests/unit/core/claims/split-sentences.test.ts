import { describe, expect, test } from 'vitest';
import { splitSentences } from '../../../../core/claims/split-sentences';

const texts = (text: string, lang: string) => splitSentences(text, lang).map((s) => s.text);

describe('splitSentences', () => {
  test.each([
    ['fr', 'M. Macron a parlé. Il est parti.', ['M. Macron a parlé.', 'Il est parti.']],
    [
      'fr',
      'Mme. Dupont aussi. Le Dr. Martin vit à St. Louis.',
      ['Mme. Dupont aussi.', 'Le Dr. Martin vit à St. Louis.'],
    ],
    ['fr', '« Bonjour ! » Puis il partit.', ['« Bonjour ! »', 'Puis il partit.']],
    ['fr', '« Bonjour ! », a-t-il dit. Fin.', ['« Bonjour ! », a-t-il dit.', 'Fin.']],
    [
      'fr',
      'Le chômage atteint 9,8 % en 2024. Il vaut 3.5 points.',
      ['Le chômage atteint 9,8 % en 2024.', 'Il vaut 3.5 points.'],
    ],
    [
      'en',
      'Mr. Smith and Mrs. Jones met Dr. Who. He left.',
      ['Mr. Smith and Mrs. Jones met Dr. Who.', 'He left.'],
    ],
    ['en', 'The U.S. Senate voted. The U.S. is big.', ['The U.S. Senate voted.', 'The U.S. is big.']],
    ['en', 'He lives in the U.S. He left.', ['He lives in the U.S.', 'He left.']],
    [
      'en',
      'Some fruits, e.g. Apples, are red. On Jan. 5 it rained.',
      ['Some fruits, e.g. Apples, are red.', 'On Jan. 5 it rained.'],
    ],
    [
      'en',
      'It rose 3.5 percent. "Hello!" Then he left.',
      ['It rose 3.5 percent.', '"Hello!"', 'Then he left.'],
    ],
    [
      'en',
      'A title\n\nA paragraph without a full stop\nAnother line',
      ['A title', 'A paragraph without a full stop', 'Another line'],
    ],
    ['en', 'Mr.\n\nSmith', ['Mr.', 'Smith']],
    ['xx', 'Unknown language. Still split.', ['Unknown language.', 'Still split.']],
    ['en', '   \n\n  ', []],
  ])('%s: %j', (lang, text, expected) => {
    expect(texts(text, lang)).toEqual(expected);
  });

  test('offsets point into the text and sentences are trimmed', () => {
    const text = '  M. Dupont est venu.  « Oui ! » Puis rien.\n\nFin. ';
    for (const sentence of splitSentences(text, 'fr')) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.text).toBe(sentence.text.trim());
    }
  });
});

test('paragraphs split one by one give the sentences of the whole text (offsets shifted)', () => {
  const first = 'M. Dupont a parlé. Le chômage a baissé de 3 % en 2024 ! « Vraiment ? » dit-il.';
  const second = 'U.S. officials said so, e.g. in May. The rate fell.';
  const whole = splitSentences(`${first}\n\n${second}`, 'fr');
  const shift = first.length + 2;
  expect(whole).toEqual([
    ...splitSentences(first, 'fr'),
    ...splitSentences(second, 'fr').map((s) => ({ ...s, start: s.start + shift, end: s.end + shift })),
  ]);
  expect(whole.every((s) => !s.text.includes('\n'))).toBe(true);
});
