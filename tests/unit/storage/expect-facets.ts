/** Test helper: the facet counts must equal a recount of the stored fact-checks. */
import { expect } from 'vitest';
import type { FactmarkDb } from '../../../storage/db';
import { type Facets, facetsOf, readFacets } from '../../../storage/facets';

/** Facets counted from scratch over every stored fact-check. */
export async function recounted(db: FactmarkDb): Promise<Facets> {
  const facets: Facets = { verdict: new Map(), site: new Map(), tag: new Map(), month: new Map() };
  for (const row of await db.factChecks.toArray()) {
    for (const [kind, value] of facetsOf(row)) facets[kind].set(value, (facets[kind].get(value) ?? 0) + 1);
  }
  return facets;
}

export async function expectFacetsInStep(db: FactmarkDb): Promise<void> {
  expect(await readFacets(db)).toEqual(await recounted(db));
}
