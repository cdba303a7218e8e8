import { describe, expect, test } from 'vitest';
import { ClaimIndex, claimFingerprint } from '../../../../core/memory/claim-index';

const CLAIM = "Le taux de chômage a baissé à 7,1 % au troisième trimestre, selon l'Insee.";

describe('ClaimIndex', () => {
  test('finds a republication and a rewording, not a look-alike', () => {
    const index = new ClaimIndex();
    index.add('a', CLAIM);
    index.add('b', 'Electric cars produce more carbon emissions over their lifetime than petrol cars.');
    expect(index.best("Selon l'Insee, le chômage a reculé à 7,1% au 3e trimestre.")?.id).toBe('a');
    expect(index.best(`« ${CLAIM} », a rappelé le ministre.`)?.id).toBe('a');
    expect(
      index.best("Le taux de chômage a baissé à 7,3 % au troisième trimestre, selon l'Insee."),
    ).toBeNull();
    expect(
      index.best('Over their lifetime, electric cars produce more carbon emissions than petrol cars.')?.id,
    ).toBe('b');
  });

  test('answers a similarity between the threshold and 1', () => {
    const index = new ClaimIndex();
    index.add('a', CLAIM);
    const match = index.best(CLAIM);
    expect(match).toEqual({ id: 'a', similarity: 1 });
  });

  test('remove and re-add keep buckets in step', () => {
    const index = new ClaimIndex();
    index.add('a', CLAIM);
    index.add('a', CLAIM);
    expect(index.size).toBe(1);
    index.remove('a');
    expect(index.size).toBe(0);
    expect(index.best(CLAIM)).toBeNull();
  });

  test('short sentences are never looked up', () => {
    const index = new ClaimIndex();
    index.add('a', 'Il a menti.');
    expect(claimFingerprint('Il a menti.').bands).toEqual([]);
    expect(index.best('Il a menti.')).toBeNull();
  });
});
