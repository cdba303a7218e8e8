/**
 * A claim memory index (band-index.ts) as a few flat values, so it is saved and loaded in one
 * read: the ids joined by newlines, every claim's features end to end in one Uint32Array, where
 * each claim's features start, and each band's sorted keys. IndexedDB reads 100,000 memory rows
 * as 100,000 objects of nested arrays and strings (tens of seconds in Chromium under load,
 * bench:memory); a typed array is copied whole. Loading the keys as saved also spares
 * computing 100,000 MinHash signatures and sorting (seconds under load).
 *
 * Invariant: `unpackFeatures(packFeatures(claims))` gives back the same ids and features in the
 * same order; ids holding a newline cannot be packed (null).
 */

/** Claims' ids and features, flat. */
interface PackedFeatures {
  /** Ids joined by "\n". */
  ids: string;
  /** Claim i's features are `features[offsets[i]]` up to `features[offsets[i + 1]]`. */
  offsets: Uint32Array;
  features: Uint32Array;
}

/**
 * A whole BandIndex: its claims in row order and each band's sorted keys, so loading it
 * computes and sorts nothing (BandIndex.fromPacked).
 */
export interface PackedBandIndex extends PackedFeatures {
  /** Per band, `hash * 2^21 + row` ascending (band-index.ts). */
  bands: Float64Array[];
}

/** The claims packed, or null when an id cannot be (it holds a newline). */
export function packFeatures(
  claims: Iterable<{ id: string; features: ArrayLike<number> }>,
): PackedFeatures | null {
  const ids: string[] = [];
  const lists: ArrayLike<number>[] = [];
  let total = 0;
  for (const { id, features } of claims) {
    if (id.includes('\n')) return null;
    ids.push(id);
    lists.push(features);
    total += features.length;
  }
  const offsets = new Uint32Array(ids.length + 1);
  const features = new Uint32Array(total);
  lists.forEach((list, i) => {
    const start = offsets[i] as number;
    features.set(list, start);
    offsets[i + 1] = start + list.length;
  });
  return { ids: ids.join('\n'), offsets, features };
}

/** The claims of a packed index, each claim's features a view into the one array. */
export function unpackFeatures(packed: PackedFeatures): { id: string; features: Uint32Array }[] {
  if (packed.ids === '') return [];
  return packed.ids.split('\n').map((id, i) => ({
    id,
    features: packed.features.subarray(packed.offsets[i], packed.offsets[i + 1]),
  }));
}
