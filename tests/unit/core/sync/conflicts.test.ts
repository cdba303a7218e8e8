import { describe, expect, test } from 'vitest';
import { detectConflicts, disagree } from '../../../../core/sync/conflicts';
import { fakeFactCheckRecord } from './records';

describe('conflicts', () => {
  const winner = fakeFactCheckRecord({
    verdict: 'false',
    author: 'alice',
    updatedAt: '2025-07-05T10:00:00.000Z',
  });

  test('a losing revision with another verdict is kept beside the winner, with its author', () => {
    const bob = fakeFactCheckRecord({
      verdict: 'true',
      author: 'bob',
      updatedAt: '2025-07-05T09:00:00.000Z',
    });
    const { conflicts, redundantRevs } = detectConflicts(winner, [{ rev: '2-b', record: bob }]);
    expect(redundantRevs).toEqual([]);
    expect(conflicts).toEqual([
      {
        rev: '2-b',
        author: 'bob',
        verdict: 'true',
        sources: bob.sources,
        note: bob.note,
        tags: bob.tags,
        updatedAt: bob.updatedAt,
      },
    ]);
  });

  test('a losing revision that says the same is no disagreement', () => {
    const same = { ...winner, updatedAt: '2025-07-05T11:00:00.000Z' };
    expect(detectConflicts(winner, [{ rev: '2-c', record: same }])).toEqual({
      conflicts: [],
      redundantRevs: ['2-c'],
    });
  });

  test('several disagreements come newest first', () => {
    const older = fakeFactCheckRecord({ note: 'a', updatedAt: '2025-07-01T00:00:00.000Z' });
    const newer = fakeFactCheckRecord({ note: 'b', updatedAt: '2025-07-02T00:00:00.000Z' });
    const { conflicts } = detectConflicts(winner, [
      { rev: '2-o', record: older },
      { rev: '2-n', record: newer },
    ]);
    expect(conflicts.map((c) => c.rev)).toEqual(['2-n', '2-o']);
  });

  test.each([
    [{ verdict: 'true' as const }, true],
    [{ note: 'other' }, true],
    [{ tags: [] }, true],
    [{ sources: [] }, true],
    [{ updatedAt: '2030-01-01T00:00:00.000Z', author: 'zoe' }, false],
  ])('disagree on %o: %s', (change, expected) => {
    expect(disagree(winner, { ...winner, ...change })).toBe(expected);
  });
});
