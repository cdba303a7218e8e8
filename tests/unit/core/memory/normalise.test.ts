import { describe, expect, test } from 'vitest';
import { claimTokens } from '../../../../core/memory/normalise';

describe('claimTokens', () => {
  test.each([
    ['7,1 %', ['7.1%']],
    ['7.1%', ['7.1%']],
    ['7.1 per cent', ['7.1%']],
    ['7,1 pour cent', ['7.1%']],
    ['1 000 000 habitants', ['1000000']],
    ['1,000,000 people', ['1000000']],
    ['1 million people', ['1000000']],
    ['3 000 milliards', ['3000000000000']],
    ['2.4 billion dollars', ['2400000000']],
    ['£350m a week', ['350000000']],
    ['au 3e trimestre', ['#3']],
    ['au troisième trimestre', ['#3']],
    ['le 1er janvier', ['#1', 'month:1']],
    ['en 2023', ['2023']],
  ])('reads the figures of %j as %j', (text, figures) => {
    expect(claimTokens(text).figures).toEqual(figures);
  });

  test('folds accents, case, quotes and elisions, and drops reporting words', () => {
    expect(claimTokens("« L'économie » a progressé, selon l'Insee").words).toEqual(
      claimTokens("L’ECONOMIE a progressé d'après l’Insee").words.filter((word) => word !== 'apre'),
    );
  });

  test('keeps negations and reports proper names apart', () => {
    const tokens = claimTokens("Emmanuel Macron n'a pas menti sur la dette.");
    expect(tokens.polarity.negated).toBe(true);
    // The opening word is never taken for a name: "Emmanuel" here, "Unemployment" below.
    expect(tokens.names).toEqual(['macron']);
  });

  test('a capitalised first word is not a name', () => {
    expect(claimTokens('Unemployment fell in Ohio.').names).toEqual(['ohio']);
  });
});
