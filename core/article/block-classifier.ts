/**
 * The block classifier: drops from the article body the blocks the evidence says are not article
 * text, after the exact phrase rules (./body-blocks.ts) have had their say. A logistic regression
 * over ./block-features.ts, trained on the benchmark's TUNE pages by tests/bench/train-blocks.ts
 * (weights: ./block-weights.ts, generated). Pure, so the extension and the CLI drop the same blocks.
 *
 * Invariant: the kept blocks are a subsequence of `blocks`, in order.
 */
import type { Block } from './blocks';
import { FEATURE_NAMES, blockFeatures } from './block-features';
import { BLOCK_BIAS, BLOCK_WEIGHTS } from './block-weights';

const WEIGHTS = FEATURE_NAMES.map((name) => BLOCK_WEIGHTS[name] ?? 0);

/** `blocks` without those the classifier scores below its cut-off. */
export function dropUnlikelyBlocks(doc: Document, blocks: readonly Block[]): Block[] {
  const features = blockFeatures(doc, blocks);
  return blocks.filter((_, i) => {
    const x = features[i] ?? [];
    let score = BLOCK_BIAS;
    for (let j = 0; j < WEIGHTS.length; j++) score += (WEIGHTS[j] ?? 0) * (x[j] ?? 0);
    return score >= 0;
  });
}
