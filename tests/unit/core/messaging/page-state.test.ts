import { describe, expect, test } from 'vitest';
import { changeToShow, EMPTY_PAGE_STATE, type PageState } from '../../../../core/messaging/page-state';

const change = {
  checkedAt: '2026-11-30T10:00:00.000Z',
  fingerprint: 'checked',
  nowFingerprint: 'now',
  changes: [
    { op: 'replace' as const, oldStart: 3, oldEnd: 8, newStart: 3, newEnd: 6, was: 'avril', now: 'mai' },
  ],
  changeCount: 1,
  dismissed: false,
};
const article: PageState = { ...EMPTY_PAGE_STATE, status: 'article', change };

describe('changeToShow', () => {
  test('is the change of an article the reader has not dismissed', () => {
    expect(changeToShow(article)).toBe(change);
  });

  test('is null once dismissed, with no change, or while the page is not an analysed article', () => {
    expect(changeToShow({ ...article, change: { ...change, dismissed: true } })).toBeNull();
    expect(changeToShow({ ...article, change: null })).toBeNull();
    expect(changeToShow({ ...article, status: 'analysing' })).toBeNull();
    expect(changeToShow({ ...article, status: 'failed' })).toBeNull();
  });
});
