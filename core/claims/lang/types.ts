/**
 * The shape of a language profile: everything language-specific that sentence splitting and
 * claim scoring need, as word lists and regular expressions. Adding a language means adding one
 * file that exports a `LanguageProfile` and registering it in `profiles.ts`.
 *
 * Invariants: patterns are matched against text whose apostrophes are normalised to `'`; a
 * `RegExp` against that text as is, `Phrases` (`phrases.ts`) against its case fold, so they are
 * case-insensitive.
 */

import type { Phrases } from './phrases';

/** Signals that make a sentence more likely to be worth checking. */
const POSITIVE_SIGNALS = [
  'figure',
  'date',
  'superlative',
  'official-act',
  'attribution',
  'comparison',
  'named-entity',
  'causal',
  'past-event',
  'policy-topic',
] as const;

/** Signals that make a sentence less likely to be worth checking. */
const NEGATIVE_SIGNALS = [
  'opinion',
  'question',
  'call-to-action',
  'boilerplate',
  'too-short',
  'no-verb',
  'first-person',
  'second-person',
  'future',
  'prescriptive',
  'hedge',
  'rhetoric',
  'meta-talk',
] as const;

type PositiveSignal = (typeof POSITIVE_SIGNALS)[number];
type NegativeSignal = (typeof NEGATIVE_SIGNALS)[number];
export type SignalId = PositiveSignal | NegativeSignal;

/** Every signal, in the fixed order used by the weight vector. */
export const SIGNALS: readonly SignalId[] = [...POSITIVE_SIGNALS, ...NEGATIVE_SIGNALS];

/** Signals a profile describes with patterns; the others are computed from the text's shape. */
export type PatternSignal = Exclude<SignalId, 'named-entity' | 'too-short' | 'no-verb' | 'question'>;

export interface LanguageProfile {
  /** Primary language subtag, e.g. `en`. */
  code: string;
  /** Abbreviations (lower case, with their final dot) never ending a sentence, e.g. `mr.`. */
  titles: readonly string[];
  /**
   * Abbreviations (lower case, with their final dot) that end a sentence only when the next
   * word is one of `sentenceStarters`, e.g. `u.s.`.
   */
  abbreviations: readonly string[];
  /** Capitalised words that usually open a sentence (lower case), e.g. `the`, `he`. */
  sentenceStarters: readonly string[];
  /** Lower-case words written with a capital that are not names (English `I`). */
  capitalisedCommonWords: readonly string[];
  /** A pattern matching at least one verb form; a sentence without any gets `no-verb`. */
  verb: Phrases;
  /** Patterns per signal; a signal fires when any of its patterns matches. */
  patterns: Record<PatternSignal, readonly (RegExp | Phrases)[]>;
}
