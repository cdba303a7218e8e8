/**
 * The shape of one language's trained claim model and its logit: a logistic model over the
 * interpretable signals (`signals.ts`), plus either a hashed word model (`word-model.ts`,
 * English, trained on 18k labelled sentences) or concept weights (`concepts.ts`, French, learnt
 * from English and French sentences alike). The weights live in the generated `weights.ts`.
 *
 * Invariants: the logit is a plain sum, so the score is monotone in every feature; the
 * calibration (Platt slope) and the tuned threshold are folded into the weights and the bias at
 * training time, so `sigmoid(logit) ≥ 0.5` is the tuned cut-off for every language.
 */
import { conceptsOf } from './concepts';
import type { SignalId } from './lang/types';
import { normaliseApostrophes } from './signals';
import { type WordModel, wordLogit } from './word-model';

export interface LanguageModel {
  /** Added to every sentence's logit (threshold folded in). */
  bias: number;
  /** Logit weight of each signal; positive signals should come out positive. */
  signals: Readonly<Record<SignalId, number>>;
  /** Hashed word model, for a language trained on plenty of its own labelled sentences. */
  word?: WordModel;
  /** Weight of each concept (`concepts.ts`); concepts absent here weigh 0. */
  concepts?: Readonly<Record<string, number>>;
}

/** The model's logit for `sentence` in `lang` whose signals are `signals`. */
export function modelLogit(
  model: LanguageModel,
  sentence: string,
  lang: string,
  signals: readonly SignalId[],
): number {
  let logit = model.bias;
  for (const signal of signals) logit += model.signals[signal];
  if (model.word) logit += wordLogit(normaliseApostrophes(sentence), model.word);
  const { concepts } = model;
  if (concepts) for (const concept of conceptsOf(sentence, lang)) logit += concepts[concept] ?? 0;
  return logit;
}
