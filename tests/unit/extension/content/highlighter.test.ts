import { describe, expect, test } from 'vitest';
import { HighlightNames } from '../../../../extension/content/highlighter';
import { VERDICTS } from '../../../../core/model/verdict';

describe('HighlightNames', () => {
  test('say nothing about what the reader saved, and change with every page load', () => {
    const first = new HighlightNames();
    const second = new HighlightNames();
    const names = first.all();
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) {
      expect(name).toMatch(/^factmark-[a-z0-9]{10}$/);
      for (const word of [...VERDICTS, 'verdict', 'checked', 'unrated', 'claim', 'selected']) {
        expect(name).not.toContain(word);
      }
    }
    expect(first.of('verdict:false')).not.toBe(second.of('verdict:false'));
    expect(names).toContain(first.of('claim'));
  });
});
