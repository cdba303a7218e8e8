import { beforeEach, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  claimReviewPublisher,
  loadPublisher,
  savePublisher,
} from '../../../../extension/settings/claim-review-publisher';

const good = {
  organisationName: 'Desk',
  organisationUrl: 'https://desk.example/',
  reviewUrlPattern: 'https://desk.example/checks/{id}',
  authorName: 'Ann',
};

beforeEach(() => fakeBrowser.reset());

test('nothing is set at first', async () => {
  expect(await loadPublisher()).toBeNull();
});

test('a valid publisher is stored and loaded back', async () => {
  expect(await savePublisher({ ...good, authorName: ' Ann ' })).toMatchObject({ ok: true });
  expect(await loadPublisher()).toEqual(good);
});

test('an invalid one is not stored, and the last good one stays', async () => {
  await savePublisher(good);
  expect(await savePublisher({ ...good, reviewUrlPattern: 'https://desk.example/' })).toEqual({
    ok: false,
    problems: { reviewUrlPattern: 'no-id-placeholder' },
  });
  expect(await loadPublisher()).toEqual(good);
});

test('a stored value that fails the check never reaches an export', async () => {
  await claimReviewPublisher.setValue({ ...good, organisationUrl: 'javascript:alert(1)' });
  expect(await loadPublisher()).toBeNull();
});
