/**
 * The claim memory's candidate finder, sized for 100,000 claims and more: each stored claim's id
 * and features (shingles.ts), and its LSH band hashes (minhash.ts) in one sorted typed array per
 * band. A Map of Sets keyed by band key took about 500 MB at 100,000 claims (3.2 million bucket
 * entries); these arrays take 8 bytes per entry. `above(features, threshold)` answers the stored
 * claims sharing a band with the features whose exact Jaccard similarity reaches the threshold,
 * best first; the guards (guards.ts), which need the claims' tokens, are the caller's.
 *
 * Claims added after the last build go to a small per-band overlay, removed ones are marked
 * dead; the sorted arrays are rebuilt when the overlay and the dead together pass a share of
 * the claims (REBUILD_SHARE).
 *
 * Invariant: `add` of an existing id replaces it; a removed claim is never answered; a claim with
 * fewer than MIN_FEATURES features is stored but never a candidate (it has no bands).
 */
import { type PackedBandIndex, packFeatures, unpackFeatures } from './band-snapshot';
import { bandHashes } from './minhash';
import { jaccard } from './shingles';
import { BANDS, MIN_FEATURES } from './thresholds';

/** A stored claim whose similarity reaches the threshold asked for. */
export interface BandCandidate {
  id: string;
  similarity: number;
}

/**
 * A row number and a 32-bit band hash share one float64 (53 exact bits): `hash * ROW_SPAN + row`,
 * so sorting the numbers sorts by hash. Row numbers stay below 2^21 (2 million claims): a
 * build renumbers the live claims from 0.
 */
const ROW_SPAN = 2 ** 21;

/**
 * Rebuild the sorted arrays when overlay rows and dead rows together exceed this share of the
 * claims (and at least REBUILD_FLOOR rows). Lower keeps lookups on the sorted arrays (the
 * overlay is a Map per band) at the cost of more rebuilds; a rebuild of 100,000 claims sorts 32
 * arrays of 100,000 numbers, about 0.3 s, so a reader's few writes a day never cause one.
 */
const REBUILD_SHARE = 1 / 8;
const REBUILD_FLOOR = 2048;

export class BandIndex {
  /** Row → id ('' once removed). */
  private ids: string[] = [];
  /** Row → sorted features ([] once removed). */
  private features: ArrayLike<number>[] = [];
  private readonly rowOf = new Map<string, number>();
  /** Per band, `hash * ROW_SPAN + row` ascending, for rows below `built`. */
  private sorted: Float64Array[] = Array.from({ length: BANDS }, () => new Float64Array(0));
  private built = 0;
  /** Per band, hash → rows added since the build. */
  private overlay: Map<number, number[]>[] = Array.from({ length: BANDS }, () => new Map());
  private dead = 0;
  /** Row → the lookup that last visited it (each candidate verified once per lookup). */
  private seen = new Uint32Array(0);
  private stamp = 0;

  get size(): number {
    return this.rowOf.size;
  }

  has(id: string): boolean {
    return this.rowOf.has(id);
  }

  /** Stores many claims at once and sorts once (building from the stored memory). */
  addMany(claims: Iterable<{ id: string; features: ArrayLike<number> }>): void {
    for (const { id, features } of claims) this.append(id, features);
    this.rebuild();
  }

  add(id: string, features: ArrayLike<number>): void {
    this.append(id, features);
    const row = this.ids.length - 1;
    if (features.length >= MIN_FEATURES) {
      bandHashes(features).forEach((hash, band) => {
        const map = this.overlay[band] as Map<number, number[]>;
        const rows = map.get(hash);
        if (rows) rows.push(row);
        else map.set(hash, [row]);
      });
    }
    if (this.seen.length <= row) {
      const seen = new Uint32Array(this.seen.length * 2 + 1024);
      seen.set(this.seen);
      this.seen = seen;
    }
    this.rebuildIfStale();
  }

  remove(id: string): void {
    const row = this.rowOf.get(id);
    if (row === undefined) return;
    this.rowOf.delete(id);
    this.ids[row] = '';
    this.features[row] = [];
    this.dead++;
    this.rebuildIfStale();
  }

  /** The index as flat arrays, to save (band-snapshot.ts); null when an id cannot be packed. */
  toPacked(): PackedBandIndex | null {
    // After a build the rows are the live claims in order and every key is in the sorted arrays.
    this.rebuild();
    const packed = packFeatures(
      this.ids.map((id, row) => ({ id, features: this.features[row] as ArrayLike<number> })),
    );
    return packed && { ...packed, bands: this.sorted };
  }

  /** The index `toPacked` saved, loaded without computing or sorting anything. */
  static fromPacked(packed: PackedBandIndex): BandIndex {
    const index = new BandIndex();
    const claims = unpackFeatures(packed);
    if (packed.bands.length !== BANDS) {
      index.addMany(claims);
      return index;
    }
    index.ids = claims.map((claim) => claim.id);
    index.features = claims.map((claim) => claim.features);
    index.ids.forEach((id, row) => {
      index.rowOf.set(id, row);
    });
    index.sorted = packed.bands;
    index.built = index.ids.length;
    index.seen = new Uint32Array(Math.max(index.ids.length, 1024) * 2);
    return index;
  }

  /** Stored claims sharing a band with `features` at Jaccard ≥ threshold, best first (ties: smaller id). */
  above(features: ArrayLike<number>, threshold: number): BandCandidate[] {
    if (features.length < MIN_FEATURES) return [];
    this.stamp = (this.stamp + 1) >>> 0 || 1;
    if (this.stamp === 1) this.seen.fill(0);
    const found: BandCandidate[] = [];
    const visit = (row: number) => {
      if (this.seen[row] === this.stamp) return;
      this.seen[row] = this.stamp;
      const id = this.ids[row] as string;
      if (id === '') return;
      const similarity = jaccard(features, this.features[row] as ArrayLike<number>);
      if (similarity >= threshold) found.push({ id, similarity });
    };
    bandHashes(features).forEach((hash, band) => {
      const sorted = this.sorted[band] as Float64Array;
      const base = hash * ROW_SPAN;
      for (let i = lowerBound(sorted, base); i < sorted.length; i++) {
        const row = (sorted[i] as number) - base;
        if (row >= ROW_SPAN) break;
        visit(row);
      }
      for (const row of this.overlay[band]?.get(hash) ?? []) visit(row);
    });
    return found.sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  private append(id: string, features: ArrayLike<number>): void {
    this.remove(id);
    if (this.ids.length >= ROW_SPAN) this.rebuild();
    const row = this.ids.length;
    this.ids.push(id);
    this.features.push(features);
    this.rowOf.set(id, row);
  }

  private rebuildIfStale(): void {
    const stale = this.ids.length - this.built + this.dead;
    if (stale > Math.max(REBUILD_FLOOR, this.rowOf.size * REBUILD_SHARE)) this.rebuild();
  }

  /**
   * Renumbers the live claims from 0 and sorts every band's hashes (computed anew from the
   * features: keeping 32 hashes per claim would double the index); empties the overlay.
   */
  private rebuild(): void {
    const live = this.ids.flatMap((id, row) => (id === '' ? [] : [row]));
    this.ids = live.map((row) => this.ids[row] as string);
    this.features = live.map((row) => this.features[row] as ArrayLike<number>);
    this.rowOf.clear();
    this.ids.forEach((id, row) => {
      this.rowOf.set(id, row);
    });
    const banded = this.features.filter((features) => features.length >= MIN_FEATURES).length;
    const sorted = Array.from({ length: BANDS }, () => new Float64Array(banded));
    let i = 0;
    this.features.forEach((features, row) => {
      if (features.length < MIN_FEATURES) return;
      bandHashes(features).forEach((hash, band) => {
        (sorted[band] as Float64Array)[i] = hash * ROW_SPAN + row;
      });
      i++;
    });
    this.sorted = sorted.map((keys) => keys.sort());
    this.overlay = Array.from({ length: BANDS }, () => new Map());
    this.built = this.ids.length;
    this.dead = 0;
    this.seen = new Uint32Array(Math.max(this.ids.length, 1024) * 2);
    this.stamp = 0;
  }
}

/** First index of `sorted` whose value is ≥ `value`. */
function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as number) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
