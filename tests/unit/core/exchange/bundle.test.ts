import { expect, test } from 'vitest';
import { describeInvalid, joinFactChecks } from '../../../../core/exchange/bundle';
import { fakeBundle } from './arbitraries';

test.each([
  [{ kind: 'factCheck', index: 2, id: 'abc', reason: 'note is empty' }, 'Fact-check 3 (abc): note is empty'],
  [{ kind: 'annotation', index: 0, reason: 'it has no id' }, 'Annotation 1: it has no id'],
] as const)('describeInvalid(%j)', (record, text) => {
  expect(describeInvalid(record)).toBe(text);
});

test('joinFactChecks pairs each fact-check with its claim and article', () => {
  const bundle = fakeBundle();
  expect(joinFactChecks(bundle)).toEqual([
    { factCheck: bundle.factChecks[0], claim: bundle.claims[0], article: bundle.articles[0] },
  ]);
});
