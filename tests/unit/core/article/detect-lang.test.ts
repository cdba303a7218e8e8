import { expect, test } from 'vitest';
import { declaredLanguage, guessLanguage, primaryLanguage } from '../../../../core/article/detect-lang';
import { parse } from './fixtures';

test.each([
  ['fr', 'fr'],
  ['fr-CA', 'fr'],
  ['fr_FR', 'fr'],
  ['EN-us', 'en'],
  [' de ', 'de'],
  ['', null],
  ['x', null],
  [null, null],
])('primaryLanguage(%j) = %j', (tag, expected) => {
  expect(primaryLanguage(tag)).toBe(expected);
});

test.each([
  ['<html lang="fr-FR"><head></head></html>', 'fr'],
  ['<html><head><meta http-equiv="Content-Language" content="en-GB"></head></html>', 'en'],
  ['<html><head><meta property="og:locale" content="fr_BE"></head></html>', 'fr'],
  ['<html><head></head></html>', null],
])('declaredLanguage %s', (html, expected) => {
  expect(declaredLanguage(parse(html))).toBe(expected);
});

test.each([
  [
    'La Russie a officiellement reconnu le régime des talibans. Elle devient ainsi le premier pays à le faire.',
    'fr',
  ],
  [
    'The council approved the budget on Monday. It was the first vote of the year and it passed easily.',
    'en',
  ],
  ['Berlin Paris London', 'und'],
  ['', 'und'],
])('guessLanguage %s', (text, expected) => {
  expect(guessLanguage(text)).toBe(expected);
});
