/** Small statistics for benchmark reports. */

/** The median of `values` (NaN when empty); NaN entries are ignored. */
export function median(values: readonly number[]): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The largest of `values` (NaN when empty); NaN entries are ignored. */
export function max(values: readonly number[]): number {
  const kept = values.filter((value) => !Number.isNaN(value));
  return kept.length === 0 ? Number.NaN : Math.max(...kept);
}
