/**
 * A write or read named a record that is not stored (deleted elsewhere, or never synced). Not
 * named NotFoundError: Dexie rewrites errors of that name.
 */
export class MissingRecordError extends Error {
  override name = 'MissingRecordError';
}
