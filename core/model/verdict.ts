/**
 * The fixed verdict scale. Order runs from truest to least true; `misleading` and
 * `unverifiable` sit outside the true–false axis and carry no numeric rating of their own
 * on it (ClaimReview still needs one: see `CLAIM_REVIEW_RATING`).
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
 * Google reads it. Misleading sits with mostly false; unverifiable gets the middle value and is
 * told apart by its `alternateName`.
 */
export const CLAIM_REVIEW_RATING: Readonly<Record<Verdict, number>> = {
  true: 5,
  'mostly-true': 4,
  mixed: 3,
  'mostly-false': 2,
  false: 1,
  misleading: 2,
  unverifiable: 3,
};

/**
 * Highlight and badge colours per verdict. Each has a relative luminance between 0.13 and 0.19,
 * so it contrasts at least 3:1 (WCAG 1.4.11, non-text) with a white page and with a #1b1b1b dark
 * one, and white text on it at least 4.5:1 (the card's verdict symbols);
 * with deuteranopia simulated (Machado 2009) every two of them, and the unchecked claims'
 * colour, stay at least 10 CIELAB units apart (tests/unit/core/model/verdict-marks.test.ts).
 * Colour is never the only cue: see VERDICT_MARKS.
 */
export const VERDICT_COLOURS: Readonly<Record<Verdict, string>> = {
  true: '#00795c',
  'mostly-true': '#2a76b5',
  mixed: '#8a6f5a',
  'mostly-false': '#c4457f',
  false: '#cb2f3f',
  misleading: '#7d55c7',
  unverifiable: '#5f6b78',
};

/** The underline of detected claims not fact-checked yet (dotted: see VERDICT_MARKS). */
export const UNCHECKED_CLAIM_COLOUR = '#b8860b';

/**
 * The line over a fact-checked claim whose words changed since it was checked (CHANGED_MARK): a
 * magenta chosen, like the verdicts', to contrast 3:1 on light and dark pages and to stay 10+ ΔE
 * from every verdict, the unchecked claims and the unrated blue for a reader with deuteranopia.
 */
export const CHANGED_CLAIM_COLOUR = '#e850c8';

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && (VERDICTS as readonly string[]).includes(value);
}
