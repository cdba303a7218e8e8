import { describe, expect, test } from 'vitest';
import { FRENCH_CONCEPTS } from '../../../../../core/claims/lang/fr-concepts';
import { MODELS } from '../../../../../core/claims/weights';

const lines = FRENCH_CONCEPTS.split('\n').filter((line) => line.trim() !== '');
const concepts = lines.map((line) => line.slice(0, line.indexOf(':')).trim());

describe('the French concept lexicon', () => {
  test('every line is `concept: forms`, in lower case, each concept once', () => {
    for (const line of lines) expect(line).toMatch(/^[a-z][a-z0-9'-]*: [^A-Z:]+$/u);
    expect(new Set(concepts).size).toBe(concepts.length);
  });

  test('no concept is named `then` (a weights object with it would be a thenable)', () => {
    expect(concepts).not.toContain('then');
  });

  test('the French weights know only concepts the lexicon, a shape or a digit run (`1er` → `0er`) can produce', () => {
    const known = new Set(concepts);
    const stale = Object.keys(MODELS.fr?.concepts ?? {}).filter(
      (c) => !known.has(c) && !/^#[a-z-]+$/.test(c) && !/^(?:0[0a-zà-ÿ]*|[$%?])$/.test(c),
    );
    expect(stale).toEqual([]);
  });
});
