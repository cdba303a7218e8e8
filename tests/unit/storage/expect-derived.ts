/**
 * Test helper: the tables derived from the fact-checks (facet counts and pairs, date order) must equal
 * what a recount of the stored fact-checks gives.
 */
import { expect } from 'vitest';
import type { FactmarkDb } from '../../../storage/db';
import { dateOrderMonths, idOfDateKey } from '../../../storage/date-order';
import { facetPairCounter } from '../../../storage/facet-pairs';
import { type Facets, facetCounter, readFacets } from '../../../storage/facets';

/** Facets counted from scratch over every stored fact-check. */
async function recounted(db: FactmarkDb): Promise<Facets> {
  const counter = facetCounter();
  for (const row of await db.factChecks.toArray()) counter.add(row);
  const facets: Facets = { verdict: new Map(), site: new Map(), tag: new Map(), month: new Map() };
  for (const { kind, value, count } of counter.counts()) facets[kind].set(value, count);
  return facets;
}

/**
 * The date order equals one built from scratch, and its ids are exactly the `createdAt` index's
 * order (the order it stands in for).
 */
export async function expectDateOrderInStep(db: FactmarkDb): Promise<void> {
  const months = await db.dateOrder.toArray();
  const rebuilt = dateOrderMonths(await db.factChecks.toArray()).sort((a, b) => (a.month < b.month ? -1 : 1));
  expect(months).toEqual(rebuilt);
  const ids = months.flatMap(({ keys }) => keys.map(idOfDateKey));
  expect(ids).toEqual(await db.factChecks.orderBy('createdAt').primaryKeys());
}

/** The facet pairs equal a recount over every stored fact-check (in key order, as stored). */
export async function expectFacetPairsInStep(db: FactmarkDb): Promise<void> {
  const counter = facetPairCounter();
  for (const row of await db.factChecks.toArray()) counter.add(row);
  const key = ({ of, ofValue, kind, value }: { of: string; ofValue: string; kind: string; value: string }) =>
    [of, ofValue, kind, value].join('\u0000');
  const recount = counter.counts().sort((a, b) => (key(a) < key(b) ? -1 : 1));
  expect(await db.facetPairs.toArray()).toEqual(recount);
}

/** Facet counts and pairs, and the date order, in step with the stored fact-checks. */
export async function expectDerivedInStep(db: FactmarkDb): Promise<void> {
  expect(await readFacets(db)).toEqual(await recounted(db));
  await expectFacetPairsInStep(db);
  await expectDateOrderInStep(db);
}
