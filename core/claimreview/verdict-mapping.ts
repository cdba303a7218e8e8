/**
 * Maps a published rating onto Factmark's verdict scale. The wording comes first
 * (`alternateName`, else the rating's `name`): publishers' scales differ (PolitiFact's "Pants on
 * Fire", Full Fact's sentence verdicts), their words say more than their numbers. Only when no
 * wording is known does the numeric rating decide.
 *
 * Wordings (folded: lower case, no accents, punctuation as spaces), checked whole first, then as
 * the opening words of a longer verdict ("Incorrect. The figure is…"), longest first so
 * "plutôt faux" is never read as "faux":
 *
 * | Verdict      | French                                              | English                                              |
 * | ------------ | --------------------------------------------------- | ---------------------------------------------------- |
 * | true         | vrai, exact, correct, c'est vrai                    | true, correct, accurate                              |
 * | mostly-true  | plutôt vrai, globalement vrai, presque vrai         | mostly true, mostly correct, largely accurate        |
 * | mixed        | mitigé, à nuancer, en partie vrai, partiellement vrai, vrai mais, imprécis | half true, mixture, mixed, partly true, partially true |
 * | mostly-false | plutôt faux, partiellement faux, en partie faux, exagéré, largement faux | mostly false, partly false, partially false, exaggerated, largely false |
 * | false        | faux, infox, fake, inexact, totalement faux, archifaux, faux et dangereux | false, incorrect, wrong, pants on fire (pants-fire), fake, fabricated, four pinocchios |
 * | misleading   | trompeur, sorti de son contexte, hors contexte, manque de contexte, détourné, manipulé, montage | misleading, out of context, missing context, needs context, altered, distorts the facts |
 * | unverifiable | invérifiable, non prouvé, sans preuve, douteux      | unverifiable, unproven, unsubstantiated, no evidence, unsupported, research in progress |
 *
 * Numbers: the value's place between `worstRating` and `bestRating` in fifths (≥ 0.875 true,
 * ≥ 0.625 mostly true, ≥ 0.375 mixed, ≥ 0.125 mostly false, else false). schema.org no longer
 * defines default bounds; a value from 1 to 5 without bounds is read on 1–5, the scale most
 * publishers use (Factmark's own export included); any other value without bounds is not read.
 */
import type { Verdict } from '../model/verdict';

const WORDINGS: Readonly<Record<Verdict, readonly string[]>> = {
  true: ['vrai', 'exact', 'correct', 'c est vrai', 'true', 'accurate'],
  'mostly-true': [
    'plutot vrai',
    'globalement vrai',
    'presque vrai',
    'mostly true',
    'mostly correct',
    'largely accurate',
  ],
  mixed: [
    'mitige',
    'a nuancer',
    'en partie vrai',
    'partiellement vrai',
    'vrai mais',
    'imprecis',
    'half true',
    'mixture',
    'mixed',
    'partly true',
    'partially true',
  ],
  'mostly-false': [
    'plutot faux',
    'partiellement faux',
    'en partie faux',
    'exagere',
    'largement faux',
    'mostly false',
    'partly false',
    'partially false',
    'exaggerated',
    'largely false',
  ],
  false: [
    'faux',
    'infox',
    'fake',
    'inexact',
    'totalement faux',
    'archifaux',
    'archi faux',
    'faux et dangereux',
    'false',
    'incorrect',
    'wrong',
    'pants on fire',
    'pants fire',
    'fabricated',
    'four pinocchios',
  ],
  misleading: [
    'trompeur',
    'sorti de son contexte',
    'hors contexte',
    'manque de contexte',
    'detourne',
    'manipule',
    'montage',
    'misleading',
    'out of context',
    'missing context',
    'needs context',
    'altered',
    'distorts the facts',
  ],
  unverifiable: [
    'inverifiable',
    'non prouve',
    'sans preuve',
    'douteux',
    'unverifiable',
    'unproven',
    'unsubstantiated',
    'no evidence',
    'unsupported',
    'research in progress',
  ],
};

/** Every wording with its verdict, longest first. */
const BY_LENGTH: readonly [string, Verdict][] = (Object.entries(WORDINGS) as [Verdict, readonly string[]][])
  .flatMap(([verdict, words]) => words.map((word): [string, Verdict] => [word, verdict]))
  .sort((a, b) => b[0].length - a[0].length);

const EXACT = new Map(BY_LENGTH);

/** Lower case, no accents, every run of non-letters one space. */
function foldWording(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The verdict a wording names, or null. */
export function verdictFromWording(wording: string): Verdict | null {
  const folded = foldWording(wording);
  if (folded === '') return null;
  const exact = EXACT.get(folded);
  if (exact) return exact;
  for (const [words, verdict] of BY_LENGTH) {
    if (folded.startsWith(`${words} `)) return verdict;
  }
  return null;
}

/** The verdict a numeric rating gives, or null when it cannot be read (see module comment). */
export function verdictFromRating(
  value: number | null,
  best: number | null,
  worst: number | null,
): Verdict | null {
  if (value === null || !Number.isFinite(value)) return null;
  let high = best;
  let low = worst;
  if (high === null && low === null) {
    if (value < 1 || value > 5) return null;
    high = 5;
    low = 1;
  }
  if (high === null || low === null || high === low) return null;
  const place = (value - low) / (high - low);
  if (place < -1e-9 || place > 1 + 1e-9) return null;
  if (place >= 0.875) return 'true';
  if (place >= 0.625) return 'mostly-true';
  if (place >= 0.375) return 'mixed';
  if (place >= 0.125) return 'mostly-false';
  return 'false';
}

/** The verdict of a published rating: its wording first, then its numbers. */
export function mapPublishedVerdict(rating: {
  alternateName: string | null;
  name?: string | null;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
}): Verdict | null {
  for (const wording of [rating.alternateName, rating.name]) {
    const verdict = wording ? verdictFromWording(wording) : null;
    if (verdict) return verdict;
  }
  return verdictFromRating(rating.ratingValue, rating.bestRating, rating.worstRating);
}
