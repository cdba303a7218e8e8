import { expect, test } from 'vitest';
import { squashSpace } from '../../../../core/text/squash-space';

test.each([
  ['  a \n\t b  ', 'a b'],
  ['a\u00a0\u00a0b', 'a b'],
  ['', ''],
  [' \n ', ''],
  ['déjà vu', 'déjà vu'],
])('squashSpace(%j) is %j', (input, expected) => {
  expect(squashSpace(input)).toBe(expected);
});
