/**
 * Scores the claim memory on the pairs benchmark (tests/fixtures/memory/pairs.json): every
 * group's claim is stored, then every rewording ("same") and look-alike ("different") is looked
 * up. A rewording found as its own claim is a true match; any other answer to a look-alike, or
 * a rewording answered with another group's claim, is a FALSE "already checked".
 */
import { ClaimIndex } from '../../../core/memory/claim-index';

export interface PairGroup {
  id: string;
  lang: 'en' | 'fr';
  claim: string;
  same: string[];
  different: string[];
  /** The day the group joined the set, for groups added after the first release. */
  added?: string;
}

export interface Quality {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** The look-ups that gave a false "already checked", to read on the tune half only. */
  falseMatches: { query: string; matched: string; similarity: number }[];
}

/** One index holding every group's claim (look-alikes must not match any of them). */
export function indexGroups(groups: readonly PairGroup[]): ClaimIndex {
  const index = new ClaimIndex();
  for (const group of groups) index.add(group.id, group.claim);
  return index;
}

/** Precision and recall of `index` on `groups`' queries at `threshold`. */
export function measure(index: ClaimIndex, groups: readonly PairGroup[], threshold: number): Quality {
  let truePositives = 0;
  let falseNegatives = 0;
  const falseMatches: Quality['falseMatches'] = [];
  for (const group of groups) {
    for (const query of group.same) {
      const match = index.best(query, threshold);
      if (match?.id === group.id) truePositives++;
      else {
        falseNegatives++;
        if (match) falseMatches.push({ query, matched: match.id, similarity: match.similarity });
      }
    }
    for (const query of group.different) {
      const match = index.best(query, threshold);
      if (match) falseMatches.push({ query, matched: match.id, similarity: match.similarity });
    }
  }
  const falsePositives = falseMatches.length;
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    precision: truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives),
    recall: truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives),
    falseMatches,
  };
}
