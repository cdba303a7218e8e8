/**
 * The review filter, read from indexes: each active part of a filter becomes the set of
 * fact-check ids an index range admits, and the sets are intersected. Nothing here loads a
 * fact-check: the cost of a part is the number of ids its range holds, so selective filters are
 * cheap and an unselective one costs one key read per matching fact-check, never a record read.
 *
 * Which index answers which part:
 * - text: `words` (multi-entry), one `startsWith(stem)` range per query word, sets intersected;
 * - verdicts: `[verdictRank+createdAt]`, one range per verdict ("none" is rank 7, indexed too);
 * - site: `site`; tag: `tags` (multi-entry); author: `author`; day range: `createdAt`;
 * - with / without sources: `sourceCount` above 0 / equal to 0;
 * - orphaned: `claims.anchorStatus` = orphan, then `factChecks.claimId` any of those claims;
 *   changed (words edited since checked): the same with `changed`.
 */
import { Dexie } from 'dexie';
import { createdAtBounds, type ReviewFilter, verdictKeyRank } from '../core/review/filter';
import { queryPrefixes } from '../core/search/search-words';
import type { FacetKind } from '../core/model/derived-rows';
import type { FactmarkTables } from './tables';

/** A part of the filter that one index range (or a few) answers. */
export type FilterPart =
  | 'text'
  | 'verdicts'
  | 'site'
  | 'tag'
  | 'author'
  | 'dates'
  | 'sources'
  | 'orphan'
  | 'changed';

export type KeySet = Set<string>;

/** The parts of `filter` that restrict anything. */
export function activeParts(filter: ReviewFilter): FilterPart[] {
  const parts: FilterPart[] = [];
  if (queryPrefixes(filter.q).length > 0) parts.push('text');
  if (filter.verdicts.length > 0) parts.push('verdicts');
  if (filter.site) parts.push('site');
  if (filter.tag) parts.push('tag');
  if (filter.author) parts.push('author');
  if (filter.from || filter.to) parts.push('dates');
  if (filter.sources) parts.push('sources');
  if (filter.orphan) parts.push('orphan');
  if (filter.changed) parts.push('changed');
  return parts;
}

/** A filter that is one facet (facets.ts): its kind and the values it admits. */
export interface OneFacet {
  of: Exclude<FacetKind, 'month'>;
  /** Distinct; for verdicts, the verdict keys (`none` for no verdict). */
  values: string[];
}

/** The facet `filter` is when it is only verdicts, only a site or only a tag; null otherwise. */
export function oneFacet(filter: ReviewFilter): OneFacet | null {
  const parts = activeParts(filter);
  if (parts.length !== 1) return null;
  if (parts[0] === 'verdicts') return { of: 'verdict', values: [...new Set(filter.verdicts)] };
  if (parts[0] === 'site' && filter.site) return { of: 'site', values: [filter.site] };
  if (parts[0] === 'tag' && filter.tag) return { of: 'tag', values: [filter.tag] };
  return null;
}

/** The `createdAt` range of the filter's days, open ends as Dexie's min and max keys. */
export function createdAtRange(filter: ReviewFilter): { lower: string | number; upper: string | unknown[] } {
  const { lower, upper } = createdAtBounds(filter);
  return { lower: lower ?? Dexie.minKey, upper: upper ?? (Dexie.maxKey as unknown[]) };
}

async function keys(collection: { primaryKeys(): Promise<string[]> }): Promise<KeySet> {
  return new Set(await collection.primaryKeys());
}

/** Ids admitted by one part of the filter. */
async function partKeys(db: FactmarkTables, filter: ReviewFilter, part: FilterPart): Promise<KeySet> {
  const table = db.factChecks;
  switch (part) {
    case 'text': {
      const sets = await Promise.all(
        queryPrefixes(filter.q).map((prefix) => keys(table.where('words').startsWith(prefix))),
      );
      return intersect(sets);
    }
    case 'verdicts': {
      const sets = await Promise.all(
        filter.verdicts.map((key) => {
          const rank = verdictKeyRank(key);
          return keys(
            table
              .where('[verdictRank+createdAt]')
              .between([rank, Dexie.minKey], [rank, Dexie.maxKey], true, true),
          );
        }),
      );
      return new Set(sets.flatMap((set) => [...set]));
    }
    case 'site':
      return keys(table.where('site').equals(filter.site ?? ''));
    case 'tag':
      return keys(table.where('tags').equals(filter.tag ?? ''));
    case 'author':
      return keys(table.where('author').equals(filter.author ?? ''));
    case 'dates': {
      const { lower, upper } = createdAtRange(filter);
      return keys(table.where('createdAt').between(lower, upper, true, true));
    }
    case 'sources':
      return keys(
        filter.sources === 'with'
          ? table.where('sourceCount').above(0)
          : table.where('sourceCount').equals(0),
      );
    case 'orphan':
    case 'changed': {
      const claimIds = await db.claims.where('anchorStatus').equals(part).primaryKeys();
      return keys(table.where('claimId').anyOf(claimIds));
    }
  }
}

/** The ids in every set; the smallest set is walked, the others probed. */
function intersect(sets: KeySet[]): KeySet {
  const [smallest, ...others] = [...sets].sort((a, b) => a.size - b.size);
  if (!smallest) return new Set();
  const result = new Set<string>();
  for (const id of smallest) if (others.every((set) => set.has(id))) result.add(id);
  return result;
}

/** Ids matching every part of `filter` except `answered`; null when no part is left. */
export async function matchingKeys(
  db: FactmarkTables,
  filter: ReviewFilter,
  answered: ReadonlySet<FilterPart> = new Set(),
): Promise<KeySet | null> {
  const parts = activeParts(filter).filter((part) => !answered.has(part));
  if (parts.length === 0) return null;
  return intersect(await Promise.all(parts.map((part) => partKeys(db, filter, part))));
}
