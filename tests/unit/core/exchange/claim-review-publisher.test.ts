import { expect, test } from 'vitest';
import { checkPublisher, reviewUrl } from '../../../../core/exchange/claim-review-publisher';

const good = {
  organisationName: ' Desk Example ',
  organisationUrl: 'https://desk.example/',
  reviewUrlPattern: 'https://desk.example/checks/{id}',
  authorName: '',
};

test('a complete publisher passes, trimmed', () => {
  expect(checkPublisher(good)).toEqual({ ok: true, value: { ...good, organisationName: 'Desk Example' } });
});

test.each([
  [{ organisationName: '  ' }, { organisationName: 'empty' }],
  [{ organisationName: 'x'.repeat(201) }, { organisationName: 'too-long' }],
  [{ authorName: 'y'.repeat(201) }, { authorName: 'too-long' }],
  [{ organisationUrl: '' }, { organisationUrl: 'empty' }],
  [{ organisationUrl: 'desk.example' }, { organisationUrl: 'not-web-address' }],
  [{ organisationUrl: 'javascript:alert(1)' }, { organisationUrl: 'not-web-address' }],
  [{ reviewUrlPattern: '' }, { reviewUrlPattern: 'empty' }],
  [{ reviewUrlPattern: 'https://desk.example/checks/' }, { reviewUrlPattern: 'no-id-placeholder' }],
  [{ reviewUrlPattern: 'ftp://desk.example/{id}' }, { reviewUrlPattern: 'not-web-address' }],
  [{ reviewUrlPattern: 'https://user:pw@desk.example/{id}' }, { reviewUrlPattern: 'not-web-address' }],
])('%j is refused: %j', (change, problems) => {
  expect(checkPublisher({ ...good, ...change })).toEqual({ ok: false, problems });
});

test('reviewUrl puts the id, URL-encoded, in every placeholder', () => {
  expect(reviewUrl('https://d.example/{id}#{id}', 'a/b c')).toBe('https://d.example/a%2Fb%20c#a%2Fb%20c');
});
