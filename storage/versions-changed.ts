/**
 * A reader kept one of a fact-check's disagreeing versions, but the version shown first changed
 * since they were shown them (a teammate's version arrived and now comes first, or the fact-check
 * was edited elsewhere): keeping theirs would replace a version they never saw, so nothing is
 * written and they are asked to look again.
 */
export class VersionsChangedError extends Error {
  override name = 'VersionsChangedError';
}
