/**
 * Decides what an import writes, before anything is written, so the review page can preview it.
 * Each incoming fact-check, compared with the stored one of the same id:
 * - new: none stored;                 - unchanged: stored one deep-equal;
 * - updated: differs, incoming `updatedAt` later (it is a newer edit of the same fact-check);
 * - conflicting: differs, incoming not later (the stored copy was edited since, or both were).
 *   `keep-newer` keeps the stored one; `keep-both` also writes the incoming one under a new id.
 * - invalid: refused by the parser, with its reason.
 * Articles are written when absent or when the incoming copy was updated later; claims (which
 * never change once anchored) only when absent. A kept-both fact-check still points at its claim.
 */
import type { ArticleRecord, FactCheckRecord } from '../model/fact-check';
import type { FactmarkBundle, InvalidRecord } from './bundle';
import { deepEqual } from './deep-equal';

/** How to settle a conflict. `keep-both` needs a fresh id for each kept incoming copy. */
export type ConflictPolicy = { conflict: 'keep-newer' } | { conflict: 'keep-both'; newId: () => string };

/** Status of one incoming fact-check. */
export type ImportStatus = 'new' | 'updated' | 'unchanged' | 'conflicting';

/** One incoming fact-check and what happens to it. */
export interface PlannedFactCheck {
  id: string;
  status: ImportStatus;
  /** The id it is written under: its own, a new one (kept both), or null (not written). */
  writtenAs: string | null;
}

/** Everything an import would do. */
export interface ImportPlan {
  factChecks: PlannedFactCheck[];
  invalid: InvalidRecord[];
  /** Fact-checks per status, and refused records. */
  counts: Record<ImportStatus | 'invalid', number>;
  /** The records to put into storage (new and replacing ones). */
  write: FactmarkBundle;
}

/**
 * Plans importing `incoming`. `existing` holds the stored records that share an id with an
 * incoming one (the caller looks them up); `invalid` is the parser's list of refused records.
 */
export function planImport(
  existing: FactmarkBundle,
  incoming: FactmarkBundle,
  invalid: readonly InvalidRecord[],
  options: ConflictPolicy,
): ImportPlan {
  const stored = new Map(existing.factChecks.map((factCheck) => [factCheck.id, factCheck]));
  const storedArticles = new Map(existing.articles.map((article) => [article.id, article]));
  const storedClaims = new Set(existing.claims.map((claim) => claim.id));
  const planned: PlannedFactCheck[] = [];
  const written: FactCheckRecord[] = [];
  for (const factCheck of incoming.factChecks) {
    const status = statusOf(stored.get(factCheck.id), factCheck);
    let writtenAs: string | null = status === 'new' || status === 'updated' ? factCheck.id : null;
    if (status === 'conflicting' && options.conflict === 'keep-both') writtenAs = options.newId();
    if (writtenAs !== null) written.push({ ...factCheck, id: writtenAs });
    planned.push({ id: factCheck.id, status, writtenAs });
  }
  const counts = { new: 0, updated: 0, unchanged: 0, conflicting: 0, invalid: invalid.length };
  for (const { status } of planned) counts[status]++;
  return {
    factChecks: planned,
    invalid: [...invalid],
    counts,
    write: {
      articles: incoming.articles.filter((article) => isNewer(article, storedArticles.get(article.id))),
      claims: incoming.claims.filter((claim) => !storedClaims.has(claim.id)),
      factChecks: written,
    },
  };
}

function statusOf(stored: FactCheckRecord | undefined, incoming: FactCheckRecord): ImportStatus {
  if (stored === undefined) return 'new';
  if (deepEqual(stored, incoming)) return 'unchanged';
  return Date.parse(incoming.updatedAt) > Date.parse(stored.updatedAt) ? 'updated' : 'conflicting';
}

/** True when `incoming` should replace `stored`: there is none, or it was updated later and differs. */
function isNewer(incoming: ArticleRecord, stored: ArticleRecord | undefined): boolean {
  if (stored === undefined) return true;
  return Date.parse(incoming.updatedAt) > Date.parse(stored.updatedAt) && !deepEqual(stored, incoming);
}
