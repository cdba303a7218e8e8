/**
 * The review queries against a reference: every filter and order, answered from indexes, must
 * give exactly what filtering and sorting all records in memory gives, on every page.
 */
import { Dexie } from 'dexie';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import {
  EMPTY_FILTER,
  type ReviewFilter,
  type ReviewSort,
  REVIEW_SORTS,
  verdictKeyRank,
} from '../../../core/review/filter';
import { queryPrefixes } from '../../../core/search/search-words';
import { VERDICTS } from '../../../core/model/verdict';
import { FactmarkDb } from '../../../storage/db';
import { type DateOrder, readDateOrder } from '../../../storage/date-order';
import { createFactCheck, deleteFactChecks, setAnchorStatuses } from '../../../storage/fact-checks';
import { countReview } from '../../../storage/review-count';
import { compareRows, queryReview } from '../../../storage/review-page-query';
import { reviewSummary, tally } from '../../../storage/review-summary';
import type { StoredFactCheck } from '../../../core/model/stored-records';
import { fakeDraft } from '../factories';

let db: FactmarkDb;
const orphanClaims = new Set<string>();
const changedClaims = new Set<string>();

const SITES = ['news.example', 'wire.example', 'blog.example'];
const CLAIMS = [
  'La Russie a reconnu le régime des talibans.',
  'Barges on the Rhine carried a third of their loads.',
  'Les organisations terroristes ont été retirées de la liste.',
  'Freight rates tripled in two weeks.',
];

beforeAll(async () => {
  db = new FactmarkDb(`review-${crypto.randomUUID()}`);
  const authors = new Map<string, string>();
  for (let i = 0; i < 60; i++) {
    const site = SITES[i % 3] as string;
    const article = i % 7;
    const verdict = i % 9 === 8 ? null : (VERDICTS[i % VERDICTS.length] ?? null);
    const text = CLAIMS[i % 4] as string;
    const saved = await createFactCheck(
      db,
      fakeDraft({
        article: {
          ...fakeDraft().article,
          url: `https://${site}/story-${article}`,
          title: `Story ${article}`,
        },
        claim: { ...fakeDraft().claim, text },
        verdict,
        sources: i % 4 === 0 ? [] : fakeDraft().sources,
        tags: i % 5 === 0 ? ['russie'] : i % 5 === 1 ? ['economy', 'rhine'] : [],
        note: i % 10 === 3 ? 'Reconnaître les faits' : '',
      }),
      // Two fact-checks share each instant: ties are ordered by id, as the indexes order them.
      new Date(Date.UTC(2024, Math.floor(i / 4), 1 + (i % 20), 12)),
    );
    // Desk members' fact-checks carry their author (desk sync); others have none.
    if (i % 4 < 2) authors.set(saved.factCheck.id, i % 4 === 0 ? 'alice' : 'bob');
    if (i % 6 === 0) orphanClaims.add(saved.claim.id);
    else if (i % 7 === 0) changedClaims.add(saved.claim.id);
  }
  await db.factChecks.bulkUpdate([...authors].map(([key, author]) => ({ key, changes: { author } })));
  await setAnchorStatuses(db, [
    ...[...orphanClaims].map((claimId) => ({ claimId, status: 'orphan' as const })),
    ...[...changedClaims].map((claimId) => ({ claimId, status: 'changed' as const })),
  ]);
});
afterAll(async () => {
  db.close();
  await Dexie.delete(db.name);
});

async function reference(filter: ReviewFilter, sort: ReviewSort): Promise<StoredFactCheck[]> {
  const claims = new Map((await db.claims.toArray()).map((claim) => [claim.id, claim]));
  const prefixes = queryPrefixes(filter.q);
  const ranks = new Set(filter.verdicts.map(verdictKeyRank));
  return (await db.factChecks.toArray())
    .filter(
      (row) =>
        prefixes.every((prefix) => row.words.some((word) => word.startsWith(prefix))) &&
        (ranks.size === 0 || ranks.has(row.verdictRank)) &&
        (!filter.site || row.site === filter.site) &&
        (!filter.tag || row.tags.includes(filter.tag)) &&
        (!filter.author || row.author === filter.author) &&
        (!filter.from || row.createdAt.slice(0, 10) >= filter.from) &&
        (!filter.to || row.createdAt.slice(0, 10) <= filter.to) &&
        (!filter.sources || (filter.sources === 'with') === row.sourceCount > 0) &&
        (!filter.orphan || claims.get(row.claimId)?.anchorStatus === 'orphan') &&
        (!filter.changed || claims.get(row.claimId)?.anchorStatus === 'changed'),
    )
    .sort(compareRows(sort));
}

const FILTERS: [string, ReviewFilter][] = [
  ['nothing', EMPTY_FILTER],
  ['a search', { ...EMPTY_FILTER, q: 'reconnaitre' }],
  ['a two-word search', { ...EMPTY_FILTER, q: 'freight TRIPLED' }],
  ['one verdict', { ...EMPTY_FILTER, verdicts: ['false'] }],
  ['no verdict', { ...EMPTY_FILTER, verdicts: ['none'] }],
  ['two verdicts (a facet alone)', { ...EMPTY_FILTER, verdicts: ['true', 'false'] }],
  ['a site (a facet alone)', { ...EMPTY_FILTER, site: 'news.example' }],
  ['a rare tag (a facet alone)', { ...EMPTY_FILTER, tag: 'russie' }],
  ['two verdicts and a site', { ...EMPTY_FILTER, verdicts: ['true', 'mixed'], site: 'wire.example' }],
  ['a site and days', { ...EMPTY_FILTER, site: 'news.example', from: '2024-03-01', to: '2024-09-30' }],
  ['a rare tag (records sorted in memory)', { ...EMPTY_FILTER, tag: 'russie', verdicts: ['true'] }],
  ['a common tag (ids streamed)', { ...EMPTY_FILTER, tag: 'economy' }],
  ['without sources', { ...EMPTY_FILTER, sources: 'without' }],
  ['an author', { ...EMPTY_FILTER, author: 'alice' }],
  [
    'an author, a site and a verdict',
    { ...EMPTY_FILTER, author: 'bob', site: 'news.example', verdicts: ['true'] },
  ],
  ['with sources and a search', { ...EMPTY_FILTER, sources: 'with', q: 'rhine' }],
  ['orphaned', { ...EMPTY_FILTER, orphan: true }],
  ['changed since checked, with a verdict', { ...EMPTY_FILTER, changed: true, verdicts: ['false', 'true'] }],
  ['days only', { ...EMPTY_FILTER, from: '2024-05-15' }],
  ['nothing matches', { ...EMPTY_FILTER, q: 'zzzz' }],
];

describe.each(FILTERS)('queryReview: %s', (_, filter) => {
  // A limit of 0 forces the walk over the driver that large candidate sets take.
  test.each(REVIEW_SORTS.flatMap((sort) => [[sort, undefined] as const, [sort, 0] as const]))(
    'sorted %s, every page (sort-in-memory limit %s)',
    async (sort, sortInMemoryLimit) => {
      const expected = await reference(filter, sort);
      const seen: string[] = [];
      for (let offset = 0; offset < expected.length + 7; offset += 7) {
        const page = await queryReview(db, filter, sort, { offset, limit: 7, sortInMemoryLimit });
        expect(page.hasMore).toBe(offset + 7 < expected.length);
        seen.push(...page.rows.map((row) => row.factCheck.id));
      }
      expect(seen).toEqual(expected.map((row) => row.id));
      expect(await countReview(db, filter)).toBe(expected.length);
    },
  );
});

test('rows come with their claim and article', async () => {
  const { rows } = await queryReview(db, { ...EMPTY_FILTER, q: 'talibans' }, 'newest', {
    offset: 0,
    limit: 1,
  });
  expect(rows[0]?.claim?.text).toBe(CLAIMS[0]);
  expect(rows[0]?.article?.title).toMatch(/^Story/);
});

/** The months from the first to the last non-empty one, as the index path reports them. */
function trim<T extends { count: number }>(months: T[]): T[] {
  const first = months.findIndex((m) => m.count > 0);
  const last = months.findLastIndex((m) => m.count > 0);
  return months.slice(first, last + 1);
}

describe.each(FILTERS)('reviewSummary: %s', (_, filter) => {
  // A tally limit of 0 forces the index-range path even for few matches.
  test.each([undefined, 0])('equals a tally of the matching records (tally limit %s)', async (limit) => {
    const summary = await reviewSummary(db, filter, { tallyLimit: limit });
    const expected = tally(await reference(filter, 'newest'));
    expect(summary.total).toBe(expected.total);
    expect(summary.verdicts).toEqual(expected.verdicts);
    expect(summary.sites).toEqual(expected.sites);
    expect(summary.months).toEqual(
      expected.months.filter((m) => m.count > 0).length ? trim(expected.months) : [],
    );
  });
});

describe('with the date order passed (searches read only the rows they show)', () => {
  let dateOrder: DateOrder;
  beforeAll(async () => {
    dateOrder = await readDateOrder(db);
  });

  describe.each(FILTERS)('queryReview: %s', (_, filter) => {
    test.each(['newest', 'oldest'] as const)('sorted %s, every page', async (sort) => {
      const expected = await reference(filter, sort);
      const seen: string[] = [];
      for (let offset = 0; offset < expected.length + 7; offset += 7) {
        const page = await queryReview(db, filter, sort, { offset, limit: 7, dateOrder });
        expect(page.hasMore).toBe(offset + 7 < expected.length);
        seen.push(...page.rows.map((row) => row.factCheck.id));
      }
      expect(seen).toEqual(expected.map((row) => row.id));
    });
  });

  test('a search reads only the records of the page it shows', async () => {
    const search = { ...EMPTY_FILTER, q: 'talibans' };
    const matches = (await reference(search, 'newest')).length;
    expect(matches).toBeGreaterThan(8);
    const bulkGet = vi.spyOn(db.factChecks, 'bulkGet');
    try {
      await queryReview(db, search, 'newest', { offset: 0, limit: 7, dateOrder });
      expect(bulkGet.mock.calls.map(([keys]) => keys.length)).toEqual([8]);
      bulkGet.mockClear();
      // Without it, every match is read.
      await queryReview(db, search, 'newest', { offset: 0, limit: 7 });
      expect(bulkGet.mock.calls.map(([keys]) => keys.length)).toEqual([matches]);
    } finally {
      bulkGet.mockRestore();
    }
  });

  test('fact-checks created or deleted since the order was read are still shown right', async () => {
    const fresh = new FactmarkDb(`date-order-${crypto.randomUUID()}`);
    try {
      const day = (n: number) => new Date(Date.UTC(2025, 0, n));
      const [first, second, third] = [
        await createFactCheck(fresh, fakeDraft(), day(1)),
        await createFactCheck(fresh, fakeDraft(), day(2)),
        await createFactCheck(fresh, fakeDraft(), day(3)),
      ].map((saved) => saved.factCheck.id);
      let order = await readDateOrder(fresh);
      const later = (await createFactCheck(fresh, fakeDraft(), day(4))).factCheck.id;
      const search = { ...EMPTY_FILTER, q: 'talibans' };
      const ids = async () =>
        (await queryReview(fresh, search, 'newest', { offset: 0, limit: 10, dateOrder: order })).rows.map(
          (row) => row.factCheck.id,
        );
      // `later` is not in the order read: the records are read and sorted as before.
      expect(await ids()).toEqual([later, third, second, first]);
      await deleteFactChecks(fresh, [later, second ?? '']);
      order = await readDateOrder(fresh);
      // `third` is in the order read but gone: again the records decide.
      await deleteFactChecks(fresh, [third ?? '']);
      expect(await ids()).toEqual([first]);
    } finally {
      fresh.close();
      await Dexie.delete(fresh.name);
    }
  });
});
