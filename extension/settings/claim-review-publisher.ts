/**
 * The reader's ClaimReview publishing settings (core/exchange/claim-review-publisher.ts), kept
 * in the extension's local storage, which pages cannot read. Set on the options page; only a
 * checked value is ever stored, so every export that reads one can trust it. Null until set.
 */
import { storage } from 'wxt/utils/storage';
import {
  type ClaimReviewPublisher,
  checkPublisher,
  type PublisherCheck,
} from '../../core/exchange/claim-review-publisher';

export const claimReviewPublisher = storage.defineItem<ClaimReviewPublisher | null>(
  'local:claimReviewPublisher',
  { fallback: null, version: 1 },
);

/** Checks `input` and stores it when it passes; answers the check either way. */
export async function savePublisher(input: ClaimReviewPublisher): Promise<PublisherCheck> {
  const checked = checkPublisher(input);
  if (checked.ok) await claimReviewPublisher.setValue(checked.value);
  return checked;
}

/** The stored settings, re-checked (a value edited outside Factmark never reaches an export). */
export async function loadPublisher(): Promise<ClaimReviewPublisher | null> {
  const stored = await claimReviewPublisher.getValue();
  if (stored === null) return null;
  const checked = checkPublisher(stored);
  return checked.ok ? checked.value : null;
}
