/**
 * A desk sync error in the reader's language, from its code (extension/background/sync/sync-errors.ts):
 * what happened and what to do. The server's own words go under "Technical detail" beside it.
 * An error stored before codes carried the desk (or of a code this build does not know) keeps its
 * English message.
 */
import type { Translator } from '../../components/i18n/translate';
import type { SyncErrorRecord } from '../../core/sync/sync-status';

export function syncErrorText({ t }: Pick<Translator, 't'>, error: SyncErrorRecord): string {
  const desk = error.desk ?? '';
  switch (error.code) {
    case 'unauthorized':
      return t('syncUnauthorized');
    case 'forbidden':
      return t('syncForbidden', { desk });
    case 'no-desk':
      return t('syncNoDesk', { desk });
    case 'unreachable':
      return t('syncUnreachable');
    case 'failed':
      return t('syncFailed');
    default:
      return error.message;
  }
}
