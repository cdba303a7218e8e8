/**
 * Facet pairs: which pairs a fact-check counts in, their sums for a one-facet filter, and that
 * such a filter's summary is read from them (their being kept in step with every write is
 * checked with the facet counts, facets.test.ts, through expect-derived.ts).
 */
import { describe, expect, test } from 'vitest';
import { EMPTY_FILTER } from '../../../core/review/filter';
import { createFactCheck } from '../../../storage/fact-checks';
import { facetPairsOf, readFacetPairs } from '../../../storage/facet-pairs';
import { reviewSummary, tally } from '../../../storage/review-summary';
import { fakeDraft, fakeStoredFactCheck } from '../factories';
import { useFreshDbs } from './fresh-db';

const freshDb = useFreshDbs('facet-pairs');

describe('facet pairs', () => {
  test('a fact-check pairs its verdict with its site and month, each tag with its verdict, site and month', () => {
    const row = fakeStoredFactCheck({
      verdict: 'false',
      tags: ['x', 'x'],
      createdAt: '2025-01-31T23:30:00.000Z',
      site: 'news.example',
    });
    expect(facetPairsOf(row)).toEqual([
      ['verdict', 'false', 'site', 'news.example'],
      ['verdict', 'false', 'month', '2025-01'],
      ['tag', 'x', 'verdict', 'false'],
      ['tag', 'x', 'site', 'news.example'],
      ['tag', 'x', 'month', '2025-01'],
    ]);
  });

  test('are summed over the values a filter admits, and only theirs are read', async () => {
    const db = freshDb();
    const checks = [
      ['true', 'https://news.example/a', '2025-01-05'],
      ['false', 'https://news.example/b', '2025-02-05'],
      ['false', 'https://wire.example/c', '2025-02-06'],
      ['mixed', 'https://wire.example/d', '2025-03-01'],
    ] as const;
    for (const [verdict, url, day] of checks) {
      const draft = fakeDraft({ verdict });
      const claim = { ...draft.claim, text: `Claim of ${day}.` };
      await createFactCheck(
        db,
        { ...draft, claim, article: { ...draft.article, url } },
        new Date(`${day}T10:00:00Z`),
      );
    }
    const pairs = await readFacetPairs(db, 'verdict', ['true', 'false']);
    expect(pairs.site).toEqual(
      new Map([
        ['news.example', 2],
        ['wire.example', 1],
      ]),
    );
    expect(pairs.month).toEqual(
      new Map([
        ['2025-01', 1],
        ['2025-02', 2],
      ]),
    );
    expect(pairs.verdict).toEqual(new Map());
  });

  test("a one-facet filter's summary is read from the pairs, not from the records", async () => {
    const db = freshDb();
    await createFactCheck(db, fakeDraft({ verdict: 'false' }), new Date('2025-01-05T10:00:00Z'));
    const filter = { ...EMPTY_FILTER, verdicts: ['false' as const] };
    expect((await reviewSummary(db, filter)).sites).toEqual([{ site: 'news.example', count: 1 }]);
    // A pair row no record backs: only a summary that reads the pairs shows it.
    await db.facetPairs.put({
      of: 'verdict',
      ofValue: 'false',
      kind: 'site',
      value: 'pairs.example',
      count: 5,
    });
    expect((await reviewSummary(db, filter)).sites).toEqual([
      { site: 'pairs.example', count: 5 },
      { site: 'news.example', count: 1 },
    ]);
  });

  test("a one-facet filter's timeline is its own months, as a tally of its records gives", async () => {
    const db = freshDb();
    // An old site, two years before the rest; a tag over more than the 24 months shown.
    const checks = [
      ['https://old.example/a', '2020-03-05', ['long']],
      ['https://news.example/b', '2022-06-05', []],
      ['https://news.example/c', '2024-12-06', ['long']],
      ['https://news.example/d', '2025-01-01', ['long']],
    ] as const;
    for (const [url, day, tags] of checks) {
      const draft = fakeDraft({ verdict: 'false', tags: [...tags] });
      const claim = { ...draft.claim, text: `Claim of ${day}.` };
      await createFactCheck(
        db,
        { ...draft, claim, article: { ...draft.article, url } },
        new Date(`${day}T10:00:00Z`),
      );
    }
    const rows = await db.factChecks.toArray();
    const old = await reviewSummary(db, { ...EMPTY_FILTER, site: 'old.example' });
    expect(old.months).toEqual(tally(rows.filter((row) => row.site === 'old.example')).months);
    expect(old.months.map(({ bucket, count }) => [bucket.month, count])).toEqual([['2020-03', 1]]);
    const long = await reviewSummary(db, { ...EMPTY_FILTER, tag: 'long' });
    const expected = tally(rows.filter((row) => row.tags.includes('long'))).months;
    // The last 24 months up to the tag's latest, the empty ones before its first left out.
    expect(long.months).toEqual(expected.slice(expected.findIndex((month) => month.count > 0)));
    expect(long.months.map(({ bucket }) => bucket.month)).toEqual(['2024-12', '2025-01']);
  });
});
