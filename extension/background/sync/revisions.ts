/**
 * Revisions the sync writes itself. A local change made on top of a revision that is no longer
 * the newest (the desk moved on meanwhile) is stored as a new branch of that revision, as CouchDB
 * does when two devices edit apart: both branches live, one wins the same way everywhere, and the
 * other shows as a conflict. Writing it on top of the newest revision instead would silently
 * replace a teammate's edit the reader never saw.
 */

/** A fresh revision hash: 32 random hex digits, as CouchDB's are 32 hex digits. */
function revisionHash(): string {
  return crypto.randomUUID().replaceAll('-', '');
}

/** The `_rev` and `_revisions` of a new revision whose parent is `parent` (none: a new root). */
export function branchFrom(parent: string | undefined): {
  _rev: string;
  _revisions: { start: number; ids: string[] };
} {
  const hash = revisionHash();
  if (parent === undefined) return { _rev: `1-${hash}`, _revisions: { start: 1, ids: [hash] } };
  const [generation = '0', parentHash = ''] = parent.split('-');
  const start = Number(generation) + 1;
  return { _rev: `${start}-${hash}`, _revisions: { start, ids: [hash, parentHash] } };
}
