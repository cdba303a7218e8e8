import { expect, test } from 'vitest';
import { parseTags, savableSources, sourceProblem } from '../../../../core/review/edit-fields';

const ok = { url: 'https://a.example/', title: 'A', stance: 'supports' as const };

test('tags are split on commas, trimmed and deduplicated', () => {
  expect(parseTags(' russie, afghanistan,,russie , ')).toEqual(['russie', 'afghanistan']);
});

test('a blank source is left out', () => {
  expect(savableSources([ok, { url: '', title: ' ', stance: 'context' }])).toEqual({
    sources: [ok],
    problem: null,
  });
});

test('a source with words but no link holds the save back rather than being dropped', () => {
  expect(sourceProblem({ url: '', title: 'Rapport de l’ONU, p. 12', stance: 'context' })).toBe(
    'sourceNeedsLink',
  );
  expect(sourceProblem({ url: '', title: '', quote: 'Le passage cité', stance: 'context' })).toBe(
    'sourceNeedsLink',
  );
  expect(savableSources([ok, { url: '', title: 'Rapport', stance: 'context' }])).toEqual({
    sources: null,
    problem: 'sourceNeedsLink',
  });
});

test('a link of another scheme, or not a link yet, holds the save back', () => {
  expect(savableSources([{ ...ok, url: 'javascript:alert(1)' }]).problem).toBe('invalidUrl');
  expect(savableSources([{ ...ok, url: 'www.example.org/rapport' }]).problem).toBe('invalidUrl');
  expect(sourceProblem(ok)).toBeNull();
});
