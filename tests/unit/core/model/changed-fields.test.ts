import { describe, expect, test } from 'vitest';
import { changedFields } from '../../../../core/model/changed-fields';
import type { FactCheckFields } from '../../../../core/model/fact-check-draft';

const shown: FactCheckFields = {
  verdict: 'false',
  note: 'Budget figures from the city.',
  sources: [{ url: 'https://city.example/budget', title: 'Budget 2026', stance: 'refutes' }],
  tags: ['budget', 'transport'],
};

describe('changedFields', () => {
  test('nothing changed: nothing to write', () => {
    expect(changedFields(shown, structuredClone(shown))).toEqual({});
  });

  test('only the fields the reader changed, so values written elsewhere meanwhile stay', () => {
    expect(changedFields(shown, { ...shown, verdict: 'true' })).toEqual({ verdict: 'true' });
    expect(changedFields(shown, { ...shown, note: '' })).toEqual({ note: '' });
    expect(changedFields(shown, { ...shown, verdict: null, tags: [] })).toEqual({ verdict: null, tags: [] });
  });

  test('sources and tags compare item by item: an edited, added, removed or moved item is a change', () => {
    const [source] = shown.sources;
    if (!source) throw new Error('fixture');
    const edited = { ...shown, sources: [{ ...source, stance: 'context' as const }] };
    expect(changedFields(shown, edited)).toEqual({ sources: edited.sources });
    const quoted = { ...shown, sources: [{ ...source, quote: 'a line' }] };
    expect(changedFields(shown, quoted)).toEqual({ sources: quoted.sources });
    const added = { ...shown, tags: [...shown.tags, 'city'] };
    expect(changedFields(shown, added)).toEqual({ tags: added.tags });
    const moved = { ...shown, tags: ['transport', 'budget'] };
    expect(changedFields(shown, moved)).toEqual({ tags: moved.tags });
    expect(changedFields(shown, { ...shown, sources: [] })).toEqual({ sources: [] });
  });
});
