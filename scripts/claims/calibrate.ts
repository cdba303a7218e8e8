/**
 * Calibration of a trained claim model: Platt scaling (a slope and an offset on the logit,
 * fitted by Newton's method on held-out logits and labels), then the F1-optimal threshold on the
 * calibrated probabilities, both folded into the model so that `sigmoid(logit) ≥ 0.5` is the
 * cut-off (what `CLAIM_THRESHOLD` means).
 *
 * Invariants: folding multiplies every weight by the same positive slope, so the order of
 * sentences (and the reasons' order) never changes; only where 0.5 falls and how spread the
 * scores are.
 */
import type { LanguageModel } from '../../core/claims/language-model';
import type { SignalId } from '../../core/claims/lang/types';

export interface Platt {
  slope: number;
  offset: number;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
export const logit = (p: number) => Math.log(p / (1 - p));

/** Platt scaling: `slope`, `offset` minimising the log loss of `sigmoid(slope·z + offset)`. */
export function fitPlatt(logits: readonly number[], labels: readonly number[]): Platt {
  // Platt's smoothed targets keep the fit finite on separable data.
  const positives = labels.filter((y) => y === 1).length;
  const negatives = labels.length - positives;
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (negatives + 2);
  let slope = 1;
  let offset = 0;
  for (let iteration = 0; iteration < 50; iteration++) {
    let g1 = 0;
    let g2 = 0;
    let h11 = 1e-9;
    let h12 = 0;
    let h22 = 1e-9;
    logits.forEach((z, i) => {
      const p = sigmoid(slope * z + offset);
      const target = labels[i] === 1 ? high : low;
      const w = p * (1 - p);
      g1 += (p - target) * z;
      g2 += p - target;
      h11 += w * z * z;
      h12 += w * z;
      h22 += w;
    });
    const det = h11 * h22 - h12 * h12;
    if (Math.abs(det) < 1e-12) break;
    const d1 = (h22 * g1 - h12 * g2) / det;
    const d2 = (h11 * g2 - h12 * g1) / det;
    slope -= d1;
    offset -= d2;
    if (Math.abs(d1) + Math.abs(d2) < 1e-9) break;
  }
  return { slope, offset };
}

/** The calibrated probability of a raw logit. */
export function calibrated(platt: Platt, z: number): number {
  return sigmoid(platt.slope * z + platt.offset);
}

/**
 * `model` with the Platt scaling and the threshold folded in: its new logit is
 * `slope·z + offset − logit(threshold)`.
 */
export function foldCalibration(model: LanguageModel, platt: Platt, threshold: number): LanguageModel {
  const scale = (weights: Readonly<Record<string, number>>) =>
    Object.fromEntries(Object.entries(weights).map(([k, w]) => [k, w * platt.slope]));
  return {
    bias: model.bias * platt.slope + platt.offset - logit(threshold),
    signals: scale(model.signals) as Record<SignalId, number>,
    ...(model.word && {
      word: { ...model.word, bias: model.word.bias * platt.slope, scale: model.word.scale * platt.slope },
    }),
    ...(model.concepts && { concepts: scale(model.concepts) }),
  };
}
