import { expect, test } from 'vitest';
import { translator } from '../../../../components/i18n/translate';
import { describeRequestFailure } from '../../../../extension/messaging/request-failure';
import { RequestFailed } from '../../../../extension/messaging/request';

test.each([
  [
    new RequestFailed('storage-full', 'Storage is full'),
    /^Le stockage est plein : exportez vos vérifications/,
  ],
  [new RequestFailed('not-found', 'No fact-check with id x'), /^cette vérification n’existe plus/],
  [new RequestFailed('invalid-request', 'note is too long'), /^elle enfreint une règle : note is too long$/],
  [new Error('Extension context invalidated'), /^Factmark ne répond pas/],
])('a failed save is told in the card’s language (%s)', (error, expected) => {
  expect(describeRequestFailure(translator('fr'), error)).toMatch(expected);
});
