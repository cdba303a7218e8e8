import { describe, expect, test } from 'vitest';
import { anchor } from '../../../../core/anchoring/anchor';
import { describeRange } from '../../../../core/anchoring/describe';
import { classifyClaim } from '../../../../core/versions/claim-change';

const TEXT =
  'Depuis plusieurs mois, les signes de rapprochement s’étaient multipliés. En avril 2025, la justice russe a retiré les talibans de sa liste des organisations terroristes. Moscou justifie sa décision.';
const CLAIM =
  'En avril 2025, la justice russe a retiré les talibans de sa liste des organisations terroristes.';

function classifyIn(now: string) {
  const start = TEXT.indexOf(CLAIM);
  const selectors = describeRange(TEXT, start, start + CLAIM.length);
  return classifyClaim(CLAIM, now, anchor(now, selectors));
}

describe('classifyClaim', () => {
  test('the same text is exact', () => {
    expect(classifyIn(TEXT).status).toBe('exact');
  });

  test('a changed word is changed, with the text as checked and as it reads now', () => {
    expect(classifyIn(TEXT.replace('En avril 2025', 'En mai 2025'))).toMatchObject({
      status: 'changed',
      was: CLAIM,
      now: CLAIM.replace('avril', 'mai'),
    });
  });

  test('spacing alone is fuzzy, not changed', () => {
    expect(classifyIn(TEXT.replace('la justice russe', 'la  justice  russe')).status).toBe('fuzzy');
  });

  test('a removed claim is an orphan', () => {
    expect(classifyIn(TEXT.replace(` ${CLAIM}`, '')).status).toBe('orphan');
  });
});
