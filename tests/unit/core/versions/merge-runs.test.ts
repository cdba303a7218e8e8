import { diffArrays } from 'diff';
import { describe, expect, test } from 'vitest';
import { mergeRuns, type Run } from '../../../../core/versions/merge-runs';

const runsOf = (oldWords: string[], newWords: string[]): Run[] =>
  diffArrays(oldWords, newWords).map((part) => ({
    kind: part.removed ? 'delete' : part.added ? 'insert' : 'keep',
    count: part.count,
  }));

/** Applies runs to the old words: must give the new words back. */
function apply(runs: readonly Run[], oldWords: string[], newWords: string[]): string[] {
  const out: string[] = [];
  let o = 0;
  let n = 0;
  for (const { kind, count } of runs) {
    if (kind === 'keep') out.push(...oldWords.slice(o, o + count));
    if (kind === 'insert') out.push(...newWords.slice(n, n + count));
    if (kind !== 'insert') o += count;
    if (kind !== 'delete') n += count;
  }
  return out;
}

describe('mergeRuns', () => {
  test.each([
    [
      'a paragraph removed before one starting with its words',
      'x y A1 The average B1 The average price z',
      'x y The average price z',
      'delete',
    ],
    [
      'the same paragraph inserted',
      'x y The average price z',
      'x y A1 The average B1 The average price z',
      'insert',
    ],
  ])('%s is one change', (_, before, after, kind) => {
    const oldWords = before.split(' ');
    const newWords = after.split(' ');
    const merged = mergeRuns(runsOf(oldWords, newWords), oldWords, newWords);
    expect(merged.filter((run) => run.kind !== 'keep')).toEqual([{ kind, count: 4 }]);
    expect(apply(merged, oldWords, newWords)).toEqual(newWords);
  });

  test('runs with nothing to join are left as they are', () => {
    const oldWords = 'a b c d'.split(' ');
    const newWords = 'a x c d'.split(' ');
    const runs = runsOf(oldWords, newWords);
    expect(mergeRuns(runs, oldWords, newWords)).toEqual(runs);
  });
});
