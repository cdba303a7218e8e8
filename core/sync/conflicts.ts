/**
 * Conflicts, as a reader sees them. When two members edit the same fact-check apart, CouchDB
 * keeps both revisions and picks one winner the same way on every device; the other revisions
 * are "conflicts". Factmark shows the winner as the fact-check and keeps every losing revision
 * whose verdict, sources, note or tags differ from it as a `ConflictingVersion` beside it, until
 * the reader picks one. Revisions that say the same thing are no disagreement and can go.
 */
import { dequal } from 'dequal';
import type { FactCheckRecord } from '../model/fact-check';

/** Another member's version of a fact-check that disagrees with the one shown. */
export interface ConflictingVersion {
  /** CouchDB revision it came from, removed from the database once the reader resolves. */
  rev: string;
  author?: string;
  verdict: FactCheckRecord['verdict'];
  sources: FactCheckRecord['sources'];
  note: string;
  tags: string[];
  updatedAt: string;
}

/** The fields a reader edits: two versions disagree when any of them differ. */
export type VersionContent = Pick<FactCheckRecord, 'verdict' | 'sources' | 'note' | 'tags'>;

function contentOf(record: VersionContent): VersionContent {
  const { verdict, sources, note, tags } = record;
  return { verdict, sources, note, tags };
}

/** Whether two versions of a fact-check say different things. */
export function disagree(a: VersionContent, b: VersionContent): boolean {
  return !dequal(contentOf(a), contentOf(b));
}

/**
 * The losing revisions that disagree with the winner, newest first, and the revisions that
 * repeat it (safe to remove: nothing is lost).
 */
export function detectConflicts(
  winner: FactCheckRecord,
  losers: readonly { rev: string; record: FactCheckRecord }[],
): { conflicts: ConflictingVersion[]; redundantRevs: string[] } {
  const conflicts: ConflictingVersion[] = [];
  const redundantRevs: string[] = [];
  for (const { rev, record } of losers) {
    if (!disagree(winner, record)) {
      redundantRevs.push(rev);
      continue;
    }
    const { author, updatedAt } = record;
    conflicts.push({ rev, ...(author === undefined ? {} : { author }), ...contentOf(record), updatedAt });
  }
  conflicts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return { conflicts, redundantRevs };
}

/** The revisions of a fact-check's disagreeing versions (none when it has none). */
export function revsOf(conflicts: readonly ConflictingVersion[] | undefined): string[] {
  return (conflicts ?? []).map((version) => version.rev);
}
