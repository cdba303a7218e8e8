import { expect, test } from 'vitest';
import { parseTags, savableSources } from '../../../../core/review/edit-fields';

test('tags are split on commas, trimmed and deduplicated', () => {
  expect(parseTags(' russie, afghanistan,,russie , ')).toEqual(['russie', 'afghanistan']);
});

test('sources without a link are left out; another scheme stops the save', () => {
  const ok = { url: 'https://a.example/', title: 'A', stance: 'supports' as const };
  expect(savableSources([ok, { url: '', title: 'typing', stance: 'context' }], 'bad')).toEqual([ok]);
  expect(() => savableSources([{ ...ok, url: 'javascript:alert(1)' }], 'Only http links')).toThrow(
    'Only http links',
  );
});
