/**
 * Tuned constants of the claim memory, each with its trade-off. Figures come from
 * `npm run bench:memory` (tests/bench/memory.ts): thresholds are chosen on the TUNE half of
 * tests/fixtures/memory/pairs.json and reported on the VALIDATION half.
 */

/**
 * LSH bands × rows per band = signature size. Many short bands find pairs with a low Jaccard
 * similarity (a paraphrase of a 15-word claim shares a third of its features) at the cost of
 * more candidates to verify: with 2 rows a pair at similarity s becomes a candidate with
 * probability 1 − (1 − s²)^BANDS (0.996 at s = 0.4 with 32 bands, 0.95 at 0.3).
 */
export const BANDS = 32;
export const ROWS_PER_BAND = 2;

/**
 * Lowest exact Jaccard similarity of features (shingles.ts) that counts as the same claim, once
 * the guards (guards.ts) pass. Lower finds more paraphrases and risks a false "already
 * checked". The bench takes, among thresholds with no false match on the tune half, the best
 * tune recall and the highest threshold keeping it: 0.32 (below it recall does not rise; above
 * 0.32 paraphrases start to be lost). The guards, not this number, stop most look-alikes.
 */
export const MATCH_THRESHOLD = 0.32;

/**
 * Fewest features a sentence needs to be looked up: shorter sentences ("Il a menti.") share
 * too few words with anything for a similarity to mean the same claim.
 */
export const MIN_FEATURES = 5;
