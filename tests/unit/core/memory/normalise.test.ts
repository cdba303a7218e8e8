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
    ['3,5 millions de chômeurs', ['3500000']],
    ['3 500 000 chômeurs', ['3500000']],
    ['1 545 500 étrangers', ['1545500']],
    ['1.545.500 étrangers', ['1545500']],
    ['45 pour cent des ménages', ['45%']],
    ['1 398,69 euros', ['1398.69']],
    ['1,398.69 dollars', ['1398.69']],
    ['1.398,69 €', ['1398.69']],
  ])('reads the figures of %j as %j', (text, figures) => {
    expect(claimTokens(text).figures).toEqual(figures);
  });

  test('folds accents, case, quotes and elisions, and drops reporting words', () => {
    expect(claimTokens("« L'économie » a progressé, selon l'Insee").words).toEqual(
      claimTokens("L’ECONOMIE a progressé d'après l’Insee").words,
    );
  });

  test.each([
    ['The U.S. economy grew', 'The US economy grew'],
    ["L'économie des U.S.A. a crû", "L'économie des US a crû"],
    ['The E.U. fined Google', 'The EU fined Google'],
    ['Selon l’UE, le déficit', "Selon l'UE, le déficit"],
    ['1 398,69 € par mois', '1 398,69 euros par mois'],
    ['$34 trillion of debt', '34 trillion dollars of debt'],
  ])('reads %j as %j (words in any order, and names)', (a, b) => {
    const [left, right] = [claimTokens(a), claimTokens(b)];
    expect(new Set(left.words)).toEqual(new Set(right.words));
    expect(left.names).toEqual(right.names);
  });

  test('different acronyms stay different actors', () => {
    expect(claimTokens('The U.S. received 1.2 million applications').names).toEqual(['us']);
    expect(claimTokens('The E.U. received 1.2 million applications').names).toEqual(['eu']);
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
