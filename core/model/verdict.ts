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

/** Highlight and badge colours per verdict, chosen to stay readable on light and dark pages. */
export const VERDICT_COLOURS: Readonly<Record<Verdict, string>> = {
  true: '#2e7d32',
  'mostly-true': '#689f38',
  mixed: '#f9a825',
  'mostly-false': '#ef6c00',
  false: '#c62828',
  misleading: '#8e24aa',
  unverifiable: '#607d8b',
};

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === 'string' && (VERDICTS as readonly string[]).includes(value);
}
