/**
 * How a claim is scored: the language's trained model (`language-model.ts`, weights in the
 * generated `weights.ts`) over the sentence's signals and words or concepts. Languages without
 * a model of their own use the fallback: English-trained signal weights over their profile's
 * word lists (English lists for languages without a profile).
 *
 * Invariants: the score is in [0, 1] and 0.5 (`CLAIM_THRESHOLD`) is the cut-off tuned on each
 * language's held-out data; `reasons` lists the signals that fired, the strongest first, and never
 * mentions word or concept features (the UI shows reasons to readers).
 */
import { modelLogit } from './language-model';
import { profileFor, primarySubtag } from './lang/profiles';
import type { SignalId } from './lang/types';
import { findSignals } from './signals';
import type { ClaimScore } from './types';
import { FALLBACK_MODEL, MODELS } from './weights';

/** The logistic function. */
function sigmoid(logit: number): number {
  return 1 / (1 + Math.exp(-logit));
}

/** Signals that judge grammar a headline leaves out on purpose ("Un Français mort au Népal"). */
const NOT_FOR_HEADLINES: ReadonlySet<SignalId> = new Set(['no-verb', 'too-short']);

export interface ScoreOptions {
  /** A title or standfirst: telegraphic style is not held against it. */
  headline?: boolean;
}

/**
 * Scores how check-worthy one sentence is, with the model and word lists of `lang` (BCP 47). A
 * blank sentence scores 0 with no reasons.
 */
export function scoreSentence(sentence: string, lang: string, options: ScoreOptions = {}): ClaimScore {
  if (sentence.trim() === '') return { score: 0, reasons: [] };
  const found = findSignals(sentence, profileFor(lang));
  const signals = options.headline ? found.filter((s) => !NOT_FOR_HEADLINES.has(s)) : found;
  const model = MODELS[primarySubtag(lang)] ?? FALLBACK_MODEL;
  const weights = model.signals;
  const reasons = signals
    .filter((signal) => weights[signal] !== 0)
    .sort((a, b) => Math.abs(weights[b]) - Math.abs(weights[a]));
  return { score: sigmoid(modelLogit(model, sentence, lang, signals)), reasons };
}
