/**
 * The driver of a review query: index ranges of `factChecks` that yield fact-check ids already in
 * a sort's order and answer some filter parts themselves (a compound `[site+createdAt]` range is
 * both "this site" and "by date"). The page query (review-page-query.ts) reads rows from them;
 * the count (review-count.ts) counts them when they answer the whole filter.
 */
import type { Collection, InsertType } from 'dexie';
import { type ReviewFilter, type ReviewSort, verdictKeyRank } from '../core/review/filter';
import type { StoredFactCheck } from '../core/model/stored-records';
import { VERDICTS } from '../core/model/verdict';
import type { FactmarkTables } from './tables';
import { createdAtRange, type FilterPart } from './review-keys';

type FactCheckRange = Collection<StoredFactCheck, string, InsertType<StoredFactCheck, 'id'>>;

export interface Driver {
  /** Fresh collections (Dexie collections are mutable), in page order; ids ascending in each. */
  ranges: (() => FactCheckRange)[];
  /** Newest first: the ranges read backwards. */
  reverse: boolean;
  /** Filter parts the ranges answer. */
  answered: ReadonlySet<FilterPart>;
}

const ALL_RANKS = [...VERDICTS.keys(), VERDICTS.length];

/** The index ranges that produce `sort`'s order while answering as much of `filter` as they can. */
export function planDriver(db: FactmarkTables, filter: ReviewFilter, sort: ReviewSort): Driver {
  const table = db.factChecks;
  const { lower, upper } = createdAtRange(filter);
  const site = filter.site;
  const siteDates = (s: string) => () =>
    table.where('[site+createdAt]').between([s, lower], [s, upper], true, true);
  const verdictDates = (rank: number) => () =>
    table.where('[verdictRank+createdAt]').between([rank, lower], [rank, upper], true, true);
  switch (sort) {
    case 'newest':
    case 'oldest': {
      const reverse = sort === 'newest';
      const [only] = filter.verdicts;
      if (site) return { ranges: [siteDates(site)], reverse, answered: new Set(['site', 'dates']) };
      if (only && filter.verdicts.length === 1) {
        return {
          ranges: [verdictDates(verdictKeyRank(only))],
          reverse,
          answered: new Set(['verdicts', 'dates']),
        };
      }
      return {
        ranges: [() => table.where('createdAt').between(lower, upper, true, true)],
        reverse,
        answered: new Set(['dates']),
      };
    }
    case 'verdict': {
      const ranks = filter.verdicts.length > 0 ? filter.verdicts.map(verdictKeyRank) : ALL_RANKS;
      return {
        ranges: [...ranks].sort((a, b) => a - b).map(verdictDates),
        reverse: false,
        answered: new Set(['verdicts', 'dates']),
      };
    }
    case 'site':
      if (site) return { ranges: [siteDates(site)], reverse: false, answered: new Set(['site', 'dates']) };
      return { ranges: [() => table.orderBy('[site+createdAt]')], reverse: false, answered: new Set() };
    case 'article': {
      const index = '[site+articleId+createdAt]';
      if (site) {
        // Every key [site, articleId, createdAt] sorts after [site] and before [site, []] (an
        // array sorts after any string).
        const range = () => table.where(index).between([site], [site, []], true, true);
        return { ranges: [range], reverse: false, answered: new Set(['site']) };
      }
      return { ranges: [() => table.orderBy(index)], reverse: false, answered: new Set() };
    }
  }
}
