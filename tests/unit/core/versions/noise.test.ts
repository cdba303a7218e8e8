import { describe, expect, test } from 'vitest';
import { isNoiseLine } from '../../../../core/versions/noise';

describe('isNoiseLine', () => {
  test.each([
    'Mis à jour le 5 mai 2025 à 10h12',
    'Updated 11:21 pm CST, Tuesday, November 19, 2019',
    '1 234 commentaires',
    '5 min de lecture',
    '12K shares',
    'Comments: 48',
    'Publicité',
    'Advertisement',
    'Contenu sponsorisé',
    '   ',
  ])('%s is noise', (line) => {
    expect(isNoiseLine(line)).toBe(true);
  });

  test.each([
    'En avril 2025, la justice russe a retiré les talibans de sa liste des organisations terroristes.',
    '12 morts',
    '3 millions de personnes',
    'La Russie a reconnu les talibans en 2025.',
    'Publicité mensongère : le tribunal condamne la marque.',
  ])('%s is article text', (line) => {
    expect(isNoiseLine(line)).toBe(false);
  });
});
