import { expect, test } from 'vitest';
import { annotationIdFor, factCheckIdFrom } from '../../../../core/exchange/w3c-ids';

test.each([
  ['3F2C8A1E-5B7D-4C9A-8E21-0D6B4F1A2C3E', 'urn:uuid:3F2C8A1E-5B7D-4C9A-8E21-0D6B4F1A2C3E'],
  ['abc', 'urn:factmark:fact-check:abc'],
  ['urn:uuid:not-a-uuid', 'urn:factmark:fact-check:urn%3Auuid%3Anot-a-uuid'],
])('fact-check id %j ⇄ annotation id %s', (id, iri) => {
  expect(annotationIdFor(id)).toBe(iri);
  expect(factCheckIdFrom(iri)).toBe(id);
});

test.each([
  ['https://hypothes.is/a/abc', 'https://hypothes.is/a/abc'],
  ['urn:factmark:fact-check:%FF', null],
])('factCheckIdFrom(%s) is %j', (iri, id) => {
  expect(factCheckIdFrom(iri)).toBe(id);
});
