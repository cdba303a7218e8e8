/**
 * The fixed verdict scale. Order runs from truest to least true; `misleading` and
 * `unverifiable` sit outside the true–false axis and carry no numeric rating of their own
 * on it (see `CLAIM_REVIEW_RATING`).
 */
export const VERDICTS = [
  'true',
  'mostly-true',
  'mixed',
  'mostly-false',
  'false',
  'misleading',
  'unverifiable',
] as const;

export type Verdict = (typeof VERDICTS)[number];

/**
 * ClaimReview `reviewRating.ratingValue` on a 1 (worst) to 5 (best) scale: higher is truer, as
 * Google reads it (1 false, 2 mostly false, 3 half true, 4 mostly true, 5 true). Misleading sits
 * with mostly false. Unverifiable has no place on that scale: its middle value would read "half
 * true", so it is null and the review carries the textual rating (`alternateName`) alone.
 */
export const CLAIM_REVIEW_RATING: Readonly<Record<Verdict, number | null>> = {
  true: 5,
  'mostly-true': 4,
  mixed: 3,
  'mostly-false': 2,
  false: 1,
  misleading: 2,
  unverifiable: null,
};

/**
 * Highlight and badge colours per verdict. Each has a relative luminance between 0.13 and 0.19,
 * so it contrasts at least 3:1 (WCAG 1.4.11, non-text) with a white page and with a #1b1b1b dark
 * one, and white text on it at least 4.5:1 (the card's verdict symbols); with deuteranopia,
 * protanopia and tritanopia simulated (Machado 2009, full severity), and in normal vision, every
 * two of them and the unchecked claims' colour stay at least 10 CIELAB units apart
 * (tests/unit/core/model/verdict-marks.test.ts). Mixed and mostly false were chosen by a search
 * over the colours meeting the contrasts: the earlier brown mixed read as true's green to a
 * protanope (1.8 apart), and the earlier pink mostly false came within 8.8 of unverifiable.
 * Colour is never the only cue: see VERDICT_MARKS.
 */
export const VERDICT_COLOURS: Readonly<Record<Verdict, string>> = {
  true: '#00795c',
  'mostly-true': '#2a76b5',
  mixed: '#985800',
  'mostly-false': '#e01888',
  false: '#cb2f3f',
  misleading: '#7d55c7',
  unverifiable: '#5f6b78',
};

/** The underline of detected claims not fact-checked yet (dotted: see VERDICT_MARKS). */
export const UNCHECKED_CLAIM_COLOUR = '#b8860b';

/**
 * The underline of a saved passage without a verdict yet: a cyan blue 10+ ΔE from every verdict,
 * the unchecked claims and the changed mark in normal vision and with deuteranopia, protanopia
 * and tritanopia (15.5 at the closest; the accent blue used before came within 9 of misleading
 * for a protanope), and 3:1 on light and dark pages.
 */
export const UNRATED_CLAIM_COLOUR = '#28a0cc';

/**
 * The line over a fact-checked claim whose words changed since it was checked (CHANGED_MARK): a
 * violet-magenta chosen, like the verdicts', to contrast 3:1 on light and dark pages and to stay
 * 10+ ΔE from every verdict, the unchecked claims and the unrated blue in normal vision and with
 * deuteranopia, protanopia and tritanopia (16.5 at the closest; the magenta first chosen came
 * within 8 of mostly true for a protanope once mostly false turned magenta too).
 */
export const CHANGED_CLAIM_COLOUR = '#c028f8';

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && (VERDICTS as readonly string[]).includes(value);
}
