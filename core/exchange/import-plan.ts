/**
 * Decides what an import writes, before anything is written, so the review page can preview it.
 *
 * First, links are checked against what is stored, not only inside the file: a claim whose id is
 * stored for another article, or a fact-check whose id is stored for another claim or article,
 * is refused (a reused id must not take over a record of another page), and so is a fact-check
 * whose claim was refused. Then each incoming fact-check, compared with the stored one of the
 * same id:
 * - new: none stored;                 - unchanged: stored one deep-equal;
 * - updated: differs, incoming `updatedAt` later (it is a newer edit of the same fact-check);
 * - conflicting: differs, incoming not later (the stored copy was edited since, or both were).
 *   `keep-newer` keeps the stored one; `keep-both` also writes the incoming one under a new id.
 * - invalid: refused by the parser or by the link checks, with its reason.
 * Articles are written when absent or when the incoming copy was updated later; claims when
 * absent or when the incoming copy was checked later (revised for its page's new text), so its
 * fact-checks' verdicts stay with the text they were given to. A kept-both fact-check still
 * points at its claim.
 * `replaced` lists every stored record the import would overwrite, before and after.
 * Article versions are written when their article has no version of that fingerprint stored
 * (a version never changes: same fingerprint, same text), so importing a backup twice adds none.
 */
import { dequal } from 'dequal';
import type { ArticleRecord, ClaimRecord, FactCheckRecord } from '../model/fact-check';
import type { FactmarkBundle, InvalidRecord } from './bundle';

/** How to settle a conflict. `keep-both` needs a fresh id for each kept incoming copy. */
export type ConflictPolicy = { conflict: 'keep-newer' } | { conflict: 'keep-both'; newId: () => string };

/** Status of one incoming fact-check. */
type ImportStatus = 'new' | 'updated' | 'unchanged' | 'conflicting';

/** One incoming fact-check and what happens to it. */
interface PlannedFactCheck {
  id: string;
  status: ImportStatus;
  /** The id it is written under: its own, a new one (kept both), or null (not written). */
  writtenAs: string | null;
}

/** A stored fact-check the import overwrites, as it is and as it would be. */
interface ReplacedFactCheck {
  claimText: string;
  before: FactCheckRecord;
  after: FactCheckRecord;
}

/** A stored claim the import revises (its text checked later), as it is and as it would be. */
interface ReplacedClaim {
  before: ClaimRecord;
  after: ClaimRecord;
}

/** A stored article whose details the import overwrites. */
interface ReplacedArticle {
  before: ArticleRecord;
  after: ArticleRecord;
}

/** A version by what makes it one: its article and its text's fingerprint. */
type VersionKey = { articleId: string; fingerprint: string };

const versionKey = ({ articleId, fingerprint }: VersionKey) => `${articleId}:${fingerprint}`;

/**
 * What is stored that the import may repeat: records sharing an id with an incoming one, and the
 * versions stored for the incoming articles.
 */
export interface StoredForImport extends FactmarkBundle {
  storedVersions?: readonly VersionKey[];
  /** The ids of the incoming saved published fact-checks already stored. */
  storedPublishedReviewIds?: readonly string[];
}

/** Everything an import would do. */
export interface ImportPlan {
  factChecks: PlannedFactCheck[];
  invalid: InvalidRecord[];
  /** Fact-checks per status, and refused records. */
  counts: Record<ImportStatus | 'invalid', number>;
  /** The records to put into storage (new and replacing ones). */
  write: FactmarkBundle;
  /** Stored records the write overwrites. */
  replaced: { factChecks: ReplacedFactCheck[]; articles: ReplacedArticle[]; claims: ReplacedClaim[] };
  /**
   * The `updatedAt` of each fact-check the write puts, as stored when the plan was made (null:
   * none was): a write finding another refuses the plan, which no longer says what it would do.
   */
  seen: Readonly<Record<string, string | null>>;
}

/**
 * Plans importing `incoming`. `existing` holds the stored records that share an id with an
 * incoming one (the caller looks them up); `invalid` is the parser's list of refused records.
 */
export function planImport(
  existing: StoredForImport,
  incoming: FactmarkBundle,
  invalid: readonly InvalidRecord[],
  options: ConflictPolicy,
): ImportPlan {
  const refused = [...invalid];
  const stored = new Map(existing.factChecks.map((factCheck) => [factCheck.id, factCheck]));
  const storedArticles = new Map(existing.articles.map((article) => [article.id, article]));
  const storedClaims = new Map(existing.claims.map((claim) => [claim.id, claim]));

  const claims: ClaimRecord[] = [];
  incoming.claims.forEach((claim, index) => {
    const before = storedClaims.get(claim.id);
    if (before && before.articleId !== claim.articleId) {
      refused.push({
        kind: 'claim',
        index,
        id: claim.id,
        reason: 'its id is already used by a claim of another article; it was not imported',
      });
    } else claims.push(claim);
  });
  const claimsById = new Map([...existing.claims, ...claims].map((claim) => [claim.id, claim]));

  const planned: PlannedFactCheck[] = [];
  const written: FactCheckRecord[] = [];
  const replacedFactChecks: ReplacedFactCheck[] = [];
  const seen: Record<string, string | null> = {};
  incoming.factChecks.forEach((factCheck, index) => {
    const reason = linkProblem(factCheck, stored.get(factCheck.id), claimsById.get(factCheck.claimId));
    if (reason) {
      refused.push({ kind: 'factCheck', index, id: factCheck.id, reason });
      return;
    }
    const before = stored.get(factCheck.id);
    const status = statusOf(before, factCheck);
    let writtenAs: string | null = status === 'new' || status === 'updated' ? factCheck.id : null;
    if (status === 'conflicting' && options.conflict === 'keep-both') writtenAs = options.newId();
    if (writtenAs !== null) {
      written.push({ ...factCheck, id: writtenAs });
      seen[writtenAs] = writtenAs === factCheck.id ? (before?.updatedAt ?? null) : null;
    }
    if (before && status === 'updated') {
      const claimText = claimsById.get(factCheck.claimId)?.text ?? '';
      replacedFactChecks.push({ claimText, before, after: factCheck });
    }
    planned.push({ id: factCheck.id, status, writtenAs });
  });

  const counts = { new: 0, updated: 0, unchanged: 0, conflicting: 0, invalid: refused.length };
  const storedReviews = new Set(existing.storedPublishedReviewIds);
  for (const { status } of planned) counts[status]++;
  const articles = incoming.articles.filter((article) => isNewer(article, storedArticles.get(article.id)));
  const writtenClaims = claims.filter((claim) => isRevised(claim, storedClaims.get(claim.id)));
  return {
    factChecks: planned,
    invalid: refused,
    counts,
    write: {
      articles,
      claims: writtenClaims,
      factChecks: written,
      // Marks are idempotent: the writer skips one its article already has (import-bundle.ts).
      dismissals: incoming.dismissals ?? [],
      articleVersions: newVersions(incoming.articleVersions ?? [], existing.storedVersions ?? []),
      // A saved review's id is its address and claim: one stored already is the same review.
      publishedReviews: (incoming.publishedReviews ?? []).filter((review) => !storedReviews.has(review.id)),
    },
    replaced: {
      factChecks: replacedFactChecks,
      articles: articles.flatMap((after) => {
        const before = storedArticles.get(after.id);
        return before ? [{ before, after }] : [];
      }),
      claims: writtenClaims.flatMap((after) => {
        const before = storedClaims.get(after.id);
        return before ? [{ before, after }] : [];
      }),
    },
    seen,
  };
}

/** The incoming versions not stored yet, each once. */
function newVersions<T extends VersionKey>(incoming: readonly T[], stored: readonly VersionKey[]): T[] {
  const seen = new Set(stored.map(versionKey));
  return incoming.filter((version) => {
    const key = versionKey(version);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Why an incoming fact-check may not be written over what is stored, or null. */
function linkProblem(
  incoming: FactCheckRecord,
  stored: FactCheckRecord | undefined,
  claim: ClaimRecord | undefined,
): string | null {
  if (!claim) return `its claim ${incoming.claimId} was not imported`;
  if (claim.articleId !== incoming.articleId) {
    return `it names article ${incoming.articleId} but its claim belongs to article ${claim.articleId}`;
  }
  if (stored && (stored.claimId !== incoming.claimId || stored.articleId !== incoming.articleId)) {
    return 'its id is already used by a fact-check of another claim; it was not imported';
  }
  return null;
}

function statusOf(stored: FactCheckRecord | undefined, incoming: FactCheckRecord): ImportStatus {
  if (stored === undefined) return 'new';
  if (dequal(stored, incoming)) return 'unchanged';
  return Date.parse(incoming.updatedAt) > Date.parse(stored.updatedAt) ? 'updated' : 'conflicting';
}

/** True when `incoming` should be written: none is stored, or it was checked later and differs. */
function isRevised(incoming: ClaimRecord, stored: ClaimRecord | undefined): boolean {
  if (stored === undefined) return true;
  if (incoming.checkedAt === undefined || dequal(stored, incoming)) return false;
  return stored.checkedAt === undefined || Date.parse(incoming.checkedAt) > Date.parse(stored.checkedAt);
}

/** True when `incoming` should replace `stored`: there is none, or it was updated later and differs. */
function isNewer(incoming: ArticleRecord, stored: ArticleRecord | undefined): boolean {
  if (stored === undefined) return true;
  return Date.parse(incoming.updatedAt) > Date.parse(stored.updatedAt) && !dequal(stored, incoming);
}
