import { describe, expect, test } from 'vitest';
import { guardVeto } from '../../../../core/memory/guards';
import { claimTokens } from '../../../../core/memory/normalise';

const veto = (a: string, b: string) => guardVeto(claimTokens(a), claimTokens(b));

describe('guardVeto', () => {
  test.each([
    ['Unemployment fell to 7.1% in 2023.', 'Unemployment fell to 7.3% in 2023.', 'figures'],
    ['Le Smic augmentera au 1er janvier.', 'Le Smic augmentera au 1er mai.', 'figures'],
    ['Joe Biden says he created 15 million jobs.', 'Donald Trump says he created 15 million jobs.', 'names'],
    ['The MMR vaccine causes autism.', 'The MMR vaccine does not cause autism.', 'polarity'],
    ['Le chômage a augmenté de 2 %.', 'Le chômage a baissé de 2 %.', 'polarity'],
    [
      "Les prix de l'alimentation ont augmenté de 15 %.",
      "Les prix de l'énergie ont augmenté de 15 %.",
      'substitution',
    ],
    // A word of rise the other lacks against a word of fall: an ambiguous "over" masks nothing.
    [
      'Electric cars produce more emissions over their lifetime than diesel cars.',
      'Electric cars produce less emissions over their lifetime than diesel cars.',
      'polarity',
    ],
    // Seasons are dates; "a été" is not the summer.
    [
      'Les urgences ont fermé cet été, selon les médecins.',
      'Les urgences ont fermé cet hiver, selon les médecins.',
      'figures',
    ],
  ])('%j / %j: %s', (a, b, reason) => {
    expect(veto(a, b)).toBe(reason);
  });

  test.each([
    [
      'Le chômage a baissé à 7,1 % au troisième trimestre.',
      "Selon l'Insee, le taux de chômage a reculé à 7,1% au 3e trimestre.",
    ],
    [
      'Unemployment fell to 3.4% in January.',
      'In January, the U.S. unemployment rate dropped to 3.4 per cent, the Labor Department said.',
    ],
    [
      'Le nucléaire produit environ 70 % de l’électricité.',
      "Le nucléaire produit près de 70% de l'électricité.",
    ],
    // Identical short words ("UK") are one word; reporting words and weekdays are not the claim.
    [
      'UK inflation fell to 3.2 per cent in March, according to the Office for National Statistics.',
      'UK inflation fell to 3.2% in March, the Office for National Statistics said on Wednesday.',
    ],
    ['Le pont a été fermé cet été.', "Le pont a été fermé l'été."],
  ])('lets a rewording pass: %j / %j', (a, b) => {
    expect(veto(a, b)).toBeNull();
  });
});
