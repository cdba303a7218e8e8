import { describe, expect, test } from 'vitest';
import type { FactmarkBundle } from '../../../../core/exchange/bundle';
import { planImport } from '../../../../core/exchange/import-plan';
import { fakeArticle, fakeBundle, fakeClaim, fakeFactCheck } from './arbitraries';

const empty: FactmarkBundle = { articles: [], claims: [], factChecks: [] };
const stored = fakeFactCheck();
const later = '2024-06-01T00:00:00.000Z';
const earlier = '2024-04-01T00:00:00.000Z';

describe('planImport', () => {
  test.each([
    ['new', empty, fakeFactCheck(), 'new', stored.id],
    ['unchanged', fakeBundle(), fakeFactCheck(), 'unchanged', null],
    [
      'updated later',
      fakeBundle(),
      fakeFactCheck({ note: 'Edited.', updatedAt: later }),
      'updated',
      stored.id,
    ],
    [
      'changed but older',
      fakeBundle(),
      fakeFactCheck({ note: 'Old.', updatedAt: earlier }),
      'conflicting',
      null,
    ],
    ['changed, same date', fakeBundle(), fakeFactCheck({ note: 'Other.' }), 'conflicting', null],
  ])('classifies a fact-check %s', (_name, existing, incoming, status, writtenAs) => {
    const plan = planImport(existing, fakeBundle(incoming), [], { conflict: 'keep-newer' });
    expect(plan.factChecks).toEqual([{ id: stored.id, status, writtenAs }]);
    expect(plan.write.factChecks).toEqual(writtenAs === null ? [] : [incoming]);
  });

  test('keeps both copies of a conflicting fact-check when asked, under a new id', () => {
    const incoming = fakeFactCheck({ note: 'Old.', updatedAt: earlier });
    const plan = planImport(fakeBundle(), fakeBundle(incoming), [], {
      conflict: 'keep-both',
      newId: () => 'fresh-id',
    });
    expect(plan.factChecks).toEqual([{ id: stored.id, status: 'conflicting', writtenAs: 'fresh-id' }]);
    expect(plan.write.factChecks).toEqual([{ ...incoming, id: 'fresh-id' }]);
  });

  test('counts every status and passes the refused records through', () => {
    const invalid = [{ kind: 'factCheck' as const, index: 3, reason: 'note is empty' }];
    const incoming = {
      ...fakeBundle(),
      factChecks: [
        fakeFactCheck(),
        fakeFactCheck({ id: 'other' }),
        fakeFactCheck({ id: 'third', note: 'x' }),
      ],
    };
    const existing = { ...fakeBundle(), factChecks: [fakeFactCheck(), fakeFactCheck({ id: 'third' })] };
    const plan = planImport(existing, incoming, invalid, { conflict: 'keep-newer' });
    expect(plan.counts).toEqual({ new: 1, updated: 0, unchanged: 1, conflicting: 1, invalid: 1 });
    expect(plan.invalid).toEqual(invalid);
  });

  test.each([
    ['absent', empty, [fakeArticle()]],
    ['stored, same', fakeBundle(), []],
    [
      'stored, updated later in the file',
      { ...empty, articles: [fakeArticle({ updatedAt: earlier, title: 'Old' })] },
      [fakeArticle()],
    ],
    [
      'stored, updated later in storage',
      { ...empty, articles: [fakeArticle({ updatedAt: later, title: 'New' })] },
      [],
    ],
  ])('writes an article that is %s only when needed', (_name, existing, articles) => {
    expect(planImport(existing, fakeBundle(), [], { conflict: 'keep-newer' }).write.articles).toEqual(
      articles,
    );
  });

  test('writes only claims that are not stored yet', () => {
    const incoming = { ...fakeBundle(), claims: [fakeClaim(), fakeClaim({ id: 'claim-2' })] };
    const existing = { ...empty, claims: [fakeClaim({ text: 'Stored wording.' })] };
    expect(planImport(existing, incoming, [], { conflict: 'keep-newer' }).write.claims).toEqual([
      fakeClaim({ id: 'claim-2' }),
    ]);
  });
});
