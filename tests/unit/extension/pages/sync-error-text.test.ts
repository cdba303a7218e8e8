import { expect, test } from 'vitest';
import { translator } from '../../../../components/i18n/translate';
import { describeSyncError } from '../../../../extension/background/sync/sync-errors';
import { syncErrorText } from '../../../../extension/pages/sync-error-text';

test('a sync error is said in the reader’s language, the server’s words kept apart', () => {
  const fr = translator('fr');
  const refused = describeSyncError({ status: 401, reason: 'Name or password is incorrect.' }, 'redaction');
  expect(syncErrorText(fr, refused)).toBe(
    'le serveur n’a pas accepté ce nom et ce mot de passe. Reconnectez-vous sur la page des options.',
  );
  expect(refused.detail).toBe('Name or password is incorrect.');
  expect(syncErrorText(fr, describeSyncError({ status: 404 }, 'redaction'))).toBe(
    'il n’y a pas de rédaction « redaction » sur ce serveur.',
  );
  const down = describeSyncError(new TypeError('Failed to fetch'), 'redaction');
  expect(syncErrorText(fr, down)).toBe(
    'le serveur est injoignable. Vérifiez son adresse et votre connexion.',
  );
  expect(down.detail).toBe('Failed to fetch');
  expect(
    syncErrorText(translator('en'), describeSyncError({ status: 403, reason: 'forbidden' }, 'desk')),
  ).toBe('the desk “desk” refused this: you may not be one of its members.');
});

test('an error stored by an older version (no desk, no detail) still reads', () => {
  const fr = translator('fr');
  expect(syncErrorText(fr, { code: 'unreachable', message: 'The server could not be reached: x' })).toBe(
    'le serveur est injoignable. Vérifiez son adresse et votre connexion.',
  );
  expect(syncErrorText(fr, { code: 'weird', message: 'Something else' })).toBe('Something else');
});
