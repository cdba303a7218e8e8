import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { rankClaims, STRONG_FLOOR } from '../../../../core/claims/rank-claims';

const scored = (...scores: number[]) => scores.map((score, i) => ({ id: i, score }));
const tiers = (ranked: Array<{ tier: string }>) => ranked.map((r) => r.tier);

describe('rankClaims', () => {
  test('highlights at most a third of the sentences, the best first, none below the floor', () => {
    const ranked = rankClaims(scored(0.9, 0.2, 0.6, 0.55, 0.8, 0.1, 0.7, 0.3, 0.52));
    expect(ranked.map((r) => r.rank)).toEqual([1, 8, 4, 5, 2, 9, 3, 7, 6]);
    expect(tiers(ranked)).toEqual([
      'strong',
      'none',
      'none',
      'none',
      'claim',
      'none',
      'claim',
      'none',
      'none',
    ]);
  });

  test('a short article still gets its one clear claim; an article without claims gets none', () => {
    expect(tiers(rankClaims(scored(0.3, 0.6)))).toEqual(['none', 'claim']);
    expect(tiers(rankClaims(scored(0.3, 0.4, 0.2)))).toEqual(['none', 'none', 'none']);
    expect(rankClaims([])).toEqual([]);
  });

  test('keeps the input order and fields; ties go to the earlier sentence', () => {
    const ranked = rankClaims([
      { text: 'a', score: 0.6 },
      { text: 'b', score: 0.6 },
      { text: 'c', score: 0.1 },
    ]);
    expect(ranked.map((r) => [r.text, r.rank, r.tier])).toEqual([
      ['a', 1, 'claim'],
      ['b', 2, 'none'],
      ['c', 3, 'none'],
    ]);
  });

  test('fewer and more move the budget and the floor', () => {
    const sentences = scored(0.95, 0.9, 0.85, 0.58, 0.55, 0.45, 0.42, 0.2, 0.1, 0.05);
    const count = (amount: 'fewer' | 'normal' | 'more') =>
      rankClaims(sentences, { amount }).filter((r) => r.tier !== 'none').length;
    expect([count('fewer'), count('normal'), count('more')]).toEqual([2, 4, 5]);
    expect(rankClaims(sentences, { share: 1, floor: 0 }).every((r) => r.tier !== 'none')).toBe(true);
  });

  test(`the strongest tier is at most a third of the highlights, all at or above ${STRONG_FLOOR}`, () => {
    const ranked = rankClaims(scored(0.99, 0.98, 0.97, 0.96, 0.95, 0.94), { share: 1 });
    expect(tiers(ranked)).toEqual(['strong', 'strong', 'claim', 'claim', 'claim', 'claim']);
    expect(tiers(rankClaims(scored(0.7, 0.1, 0.1)))).toEqual(['claim', 'none', 'none']);
  });

  test('a pinned sentence at the floor takes a place of the share first; under the floor it does not', () => {
    const title = (index: number) => index === 0;
    expect(tiers(rankClaims(scored(0.55, 0.9, 0.8, 0.7, 0.6, 0.6), { pinned: title }))).toEqual([
      'claim',
      'strong',
      'none',
      'none',
      'none',
      'none',
    ]);
    expect(tiers(rankClaims(scored(0.3, 0.9, 0.8, 0.7, 0.6, 0.6), { pinned: title }))).toEqual([
      'none',
      'strong',
      'claim',
      'none',
      'none',
      'none',
    ]);
  });

  test('invariants on random articles', () => {
    const order = { none: 0, claim: 1, strong: 2 } as const;
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 }), (scores) => {
        const ranked = rankClaims(scored(...scores));
        const lit = ranked.filter((r) => r.tier !== 'none');
        expect(lit.length).toBeLessThanOrEqual(Math.max(1, Math.ceil(scores.length / 3)));
        expect(lit.every((r) => r.score >= 0.5)).toBe(true);
        expect([...ranked.map((r) => r.rank)].sort((a, b) => a - b)).toEqual(scores.map((_, i) => i + 1));
        for (const a of ranked)
          for (const b of ranked) if (order[a.tier] > order[b.tier]) expect(a.rank).toBeLessThan(b.rank);
        const pinned = rankClaims(scored(...scores), { pinned: (index) => index === 0 });
        const pinnedLit = pinned.filter((r) => r.tier !== 'none');
        expect(pinnedLit.length).toBe(lit.length);
        if ((scores[0] ?? 0) >= 0.5) expect(pinned[0]?.tier).not.toBe('none');
        const more = rankClaims(scored(...scores), { amount: 'more' }).filter((r) => r.tier !== 'none');
        const fewer = rankClaims(scored(...scores), { amount: 'fewer' }).filter((r) => r.tier !== 'none');
        expect(fewer.length).toBeLessThanOrEqual(lit.length);
        expect(more.length).toBeGreaterThanOrEqual(lit.length);
      }),
    );
  });
});
