import { expect, test } from 'vitest';

test('segmenter exists', () => {
  expect(typeof Intl.Segmenter).toBe('function');
});
