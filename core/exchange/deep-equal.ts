/**
 * Structural equality of JSON-like values (records): same keys with equal values, arrays in the
 * same order. A key holding `undefined` counts as absent, as it would after JSON.
 */

/** True when `a` and `b` hold the same data. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  }
  const left = definedKeys(a);
  const right = definedKeys(b);
  return (
    left.length === right.length &&
    left.every((key) => deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
  );
}

function definedKeys(value: object): string[] {
  return Object.entries(value)
    .filter(([, item]) => item !== undefined)
    .map(([key]) => key);
}
