import { describe, expect, test } from 'vitest';
import { BandIndex } from '../../../../core/memory/band-index';
import { claimFingerprint } from '../../../../core/memory/claim-index';
import { jaccard } from '../../../../core/memory/shingles';

const CLAIM = "Le taux de chômage a baissé à 7,1 % au troisième trimestre, selon l'Insee.";
const features = (text: string) => claimFingerprint(text).shingles;

type Stored = Map<string, ReturnType<typeof claimFingerprint>>;

/** Every stored claim sharing a band with the query at or above the threshold, best first. */
function bruteForce(stored: Stored, text: string, threshold: number) {
  const query = claimFingerprint(text);
  const bands = new Set(query.bands);
  return [...stored]
    .filter(([, f]) => f.bands.some((band) => bands.has(band)))
    .map(([id, f]) => ({ id, similarity: jaccard(query.shingles, f.shingles) }))
    .filter((c) => c.similarity >= threshold)
    .sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : 1));
}

/** Made-up claims sharing much vocabulary, so many share bands. */
const WORDS = [
  'chômage',
  'dette',
  'prix',
  'essence',
  'hausse',
  'baisse',
  'Paris',
  'France',
  'Insee',
  'trimestre',
];
function claimText(random: () => number): string {
  const pick = () => WORDS[Math.floor(random() * WORDS.length)];
  return `${pick()} ${pick()} ${pick()} ${pick()} de ${Math.floor(random() * 5)} % ${pick()} ${pick()}.`;
}
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('BandIndex', () => {
  test('answers a republication above the threshold, best first, and not below it', () => {
    const index = new BandIndex();
    index.add('a', features(CLAIM));
    index.add('b', features("Selon l'Insee, le chômage a reculé à 7,1% au 3e trimestre."));
    index.add(
      'c',
      features('Electric cars produce more carbon emissions over their lifetime than petrol cars.'),
    );
    const found = index.above(features(`« ${CLAIM} », a rappelé le ministre.`), 0.32);
    expect(found[0]?.id).toBe('a');
    expect(found.map((c) => c.id)).not.toContain('c');
    expect(index.above(features(CLAIM), 1.01)).toEqual([]);
  });

  test('replaces on add, forgets on remove, in the overlay and after a build', () => {
    const index = new BandIndex();
    index.addMany([{ id: 'a', features: features(CLAIM) }]);
    expect(index.above(features(CLAIM), 0.32)).toEqual([{ id: 'a', similarity: 1 }]);
    index.add(
      'a',
      features('Electric cars produce more carbon emissions over their lifetime than petrol cars.'),
    );
    expect(index.size).toBe(1);
    expect(index.above(features(CLAIM), 0.32)).toEqual([]);
    index.remove('a');
    expect(index.has('a')).toBe(false);
    expect(
      index.above(
        features('Electric cars produce more carbon emissions over their lifetime than petrol cars.'),
        0.1,
      ),
    ).toEqual([]);
  });

  test('a claim too short to match is stored but never a candidate', () => {
    const index = new BandIndex();
    index.add('a', features('Il a menti.'));
    expect(index.size).toBe(1);
    expect(index.above(features('Il a menti.'), 0)).toEqual([]);
  });

  test('answers what comparing every stored claim answers, across adds, replaces, removes and rebuilds', () => {
    const random = seeded(16);
    const index = new BandIndex();
    const stored: Stored = new Map();
    const initial = Array.from({ length: 300 }, (_, i) => ({ id: `c${i}`, text: claimText(random) }));
    index.addMany(initial.map(({ id, text }) => ({ id, features: features(text) })));
    for (const { id, text } of initial) stored.set(id, claimFingerprint(text));
    // Enough changes to pass the rebuild floor (2,048) and exercise the overlay before it.
    for (let step = 0; step < 2600; step++) {
      const id = `c${Math.floor(random() * 400)}`;
      if (random() < 0.3) {
        index.remove(id);
        stored.delete(id);
      } else {
        const text = claimText(random);
        index.add(id, features(text));
        stored.set(id, claimFingerprint(text));
      }
      if (step % 200 === 0) {
        const query = claimText(random);
        expect(index.above(features(query), 0.3)).toEqual(bruteForce(stored, query, 0.3));
      }
    }
    expect(index.size).toBe(stored.size);
    // Saved and loaded again (as a restarted worker loads it), then changed further.
    const packed = index.toPacked();
    expect(packed).not.toBeNull();
    const loaded = BandIndex.fromPacked(packed as NonNullable<typeof packed>);
    loaded.remove('c1');
    stored.delete('c1');
    const text = claimText(random);
    loaded.add('c2', features(text));
    stored.set('c2', claimFingerprint(text));
    let found = 0;
    for (let i = 0; i < 20; i++) {
      const query = claimText(random);
      const expected = bruteForce(stored, query, 0.3);
      expect(loaded.above(features(query), 0.3)).toEqual(expected);
      found += expected.length;
    }
    // The made-up claims share enough words for the comparison to mean something.
    expect(found).toBeGreaterThan(0);
  });
});
