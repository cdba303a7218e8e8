/** Test helper: the facet counts must equal a recount of the stored fact-checks. */
import { expect } from 'vitest';
import type { FactmarkDb } from '../../../storage/db';
import { type Facets, facetCounter, readFacets } from '../../../storage/facets';

/** Facets counted from scratch over every stored fact-check. */
export async function recounted(db: FactmarkDb): Promise<Facets> {
  const counter = facetCounter();
  for (const row of await db.factChecks.toArray()) counter.add(row);
  const facets: Facets = { verdict: new Map(), site: new Map(), tag: new Map(), month: new Map() };
  for (const { kind, value, count } of counter.counts()) facets[kind].set(value, count);
  return facets;
}

export async function expectFacetsInStep(db: FactmarkDb): Promise<void> {
  expect(await readFacets(db)).toEqual(await recounted(db));
}
