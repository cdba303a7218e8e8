/**
 * Finds which interpretable signals (see `lang/types.ts`) fire on one sentence. These are the
 * model's features and, unchanged, the reasons the UI shows, so each must be explainable to a
 * reader in a word ("has a figure", "is a question").
 *
 * Invariants: the result depends only on the sentence and the profile; signals are returned in
 * the fixed `SIGNALS` order.
 */
import { foldCase, type Phrases } from './lang/phrases';
import type { LanguageProfile, PatternSignal, SignalId } from './lang/types';
import { SIGNALS } from './lang/types';

/**
 * Fewer words than this is `too-short`: headings, captions and fragments. Higher would also
 * catch terse but real claims ("Unemployment fell."); lower lets menu items through.
 */
const MIN_WORDS = 5;

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** Words as names are written: "U.S." and "Jean-Luc" stay whole. */
const NAME_TOKEN = /(?:\p{Lu}\.){2,}|\p{L}+(?:['-]\p{L}+)*/gu;
const ACRONYM = /^(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})$/u;

/** Typographic apostrophes become `'` so profiles list each word once. */
export function normaliseApostrophes(text: string): string {
  return text.replace(/[’ʼ`´]/g, "'");
}

/** The signals that fire on `sentence`, in `SIGNALS` order. */
export function findSignals(sentence: string, profile: LanguageProfile): SignalId[] {
  const text = normaliseApostrophes(sentence.trim());
  const words = text.match(WORD) ?? [];
  const folded = foldCase(text);
  const matches = (pattern: RegExp | Phrases) =>
    pattern instanceof RegExp ? pattern.test(text) : pattern.folded.test(folded);
  return SIGNALS.filter((signal) => {
    switch (signal) {
      case 'named-entity':
        return hasNamedEntity(text, profile);
      case 'too-short':
        return words.length < MIN_WORDS;
      case 'no-verb':
        return !matches(profile.verb);
      case 'question':
        return /\?[\s»"”')\]]*$/u.test(text);
      default:
        return profile.patterns[signal as PatternSignal].some(matches);
    }
  });
}

/**
 * A capitalised word that does not open the sentence (nor follow a colon or an opening quote,
 * where any word takes a capital), or an acronym anywhere.
 */
function hasNamedEntity(text: string, profile: LanguageProfile): boolean {
  for (const match of text.matchAll(NAME_TOKEN)) {
    const word = match[0];
    if (profile.capitalisedCommonWords.includes(word.toLowerCase())) continue;
    if (ACRONYM.test(word)) return true;
    if (!/^\p{Lu}\p{Ll}/u.test(word)) continue;
    const before = text.slice(0, match.index).trimEnd();
    if (before === '' || /[.!?:;«"“(—–-]$/u.test(before)) continue;
    return true;
  }
  return false;
}
