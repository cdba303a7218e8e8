import { expect, test } from 'vitest';
import { fnv1a } from '../../../core/text/fnv1a';
import { partOf } from '../../bench/lib/split';

test('fnv1a gives the reference values', () => {
  expect(fnv1a('')).toBe(0x811c9dc5);
  expect(fnv1a('a')).toBe(0xe40c292c);
  expect(fnv1a('foobar')).toBe(0xbf9cf968);
});

test('partOf depends on the name alone and splits about half and half', () => {
  const names = Array.from({ length: 1000 }, (_, i) => `page-${i}.html`);
  const tune = names.filter((name) => partOf(name) === 'tune').length;
  expect(tune).toBeGreaterThan(450);
  expect(tune).toBeLessThan(550);
  expect(names.map(partOf)).toEqual(names.map(partOf));
});
