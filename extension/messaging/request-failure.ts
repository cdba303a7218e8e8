/**
 * Why a request to the background failed (a save from the card, an action in the popup or side
 * panel), in the reader's language: the background's refusal names a code
 * (core/messaging/protocol.ts), which picks the sentence; the English detail is kept only where it
 * is the specific rule that was broken. Anything else (no answer, Factmark reloaded) is told as
 * Factmark not responding.
 */
import type { Translator } from '../../components/i18n/translate';
import { RequestFailed } from './request';

export function describeRequestFailure(i18n: Translator, error: unknown): string {
  if (!(error instanceof RequestFailed)) return i18n.t('errorUnavailable');
  switch (error.code) {
    case 'storage-full':
      return i18n.t('storageFull');
    case 'not-found':
      return i18n.t('errorNotFound');
    case 'changed-meanwhile':
      return i18n.t('errorChangedMeanwhile');
    case 'unavailable':
      return i18n.t('errorUnavailable');
    case 'forbidden-sender':
      return i18n.t('errorForbidden');
    case 'invalid-request':
      return i18n.t('errorInvalid', { detail: error.message });
    default:
      return i18n.t('errorOther', { detail: error.message });
  }
}
