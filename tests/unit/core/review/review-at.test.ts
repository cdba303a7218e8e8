import { expect, test } from 'vitest';
import { reviewQueryAt, reviewRowHash, rowFromHash } from '../../../../core/review/review-at';
import { viewFromParams } from '../../../../core/review/url-filter';

test('the query is the site and the claim’s first twelve words, read back as such', () => {
  const claim =
    'En avril 2025, la justice russe a retiré les talibans de sa liste des organisations terroristes.';
  const view = viewFromParams(new URLSearchParams(reviewQueryAt('lemonde.fr', claim)));
  expect(view.filter.site).toBe('lemonde.fr');
  expect(view.filter.q).toBe('En avril 2025, la justice russe a retiré les talibans de sa');
  expect(view.page).toBe(1);
});

test('a very long word still gives a query the page reads whole', () => {
  const view = viewFromParams(new URLSearchParams(reviewQueryAt('a.example', 'x'.repeat(500))));
  expect(view.filter.q).toHaveLength(200);
});

test.each(['3f2c8a1e-5b7d-4c9a-8e21-0d6b4f1a2c3e', 'a b/c#d'])('the row hash of %s reads back', (id) => {
  expect(rowFromHash(reviewRowHash(id))).toBe(id);
});

test.each(['', '#', '#factcheck=', '#other=1', '#factcheck=%E0%A4%A'])('%j names no row', (hash) => {
  expect(rowFromHash(hash)).toBeNull();
});
