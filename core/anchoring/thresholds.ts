/**
 * The acceptance thresholds of re-anchoring, in one place because they trade recall (annotations
 * found again after the page changed) against precision (never placing one on the wrong passage).
 * Placing a fact-check on a look-alike passage is worse than reporting it as not found
 * (Hypothesis client#7571), so each is set on the side of precision.
 */

/**
 * Least context score (see `contextScore`) that vouches for a candidate other than a long exact
 * quote. Measured on the article-extraction corpus, two unrelated 32-character windows score
 * 0.25 (median), 0.53 (p99), so an unrelated prefix and suffix together stay below 0.66 (p99.9)
 * and 0.74 (max of 20,000 pairs). A quote edited in place keeps its context near 1, and about
 * 0.8 with a word of the context also changed. Lower finds more heavily edited passages but
 * admits look-alikes; higher orphans quotes whose neighbourhood was rewritten as well.
 */
export const CONTEXT_MIN = 0.75;

/**
 * Length (UTF-16 units) from which an exact quote is accepted whatever its context: a verbatim
 * sentence is the same claim wherever it now stands. Shorter exact quotes ("9.8%", a name) also
 * need CONTEXT_MIN, or they would land on an unrelated repeat. Lower accepts short quotes moved
 * to a new neighbourhood; higher orphans sentences whose surrounding paragraph was rewritten. 32
 * is one side of stored context: the quote carries at least as much evidence as its prefix does.
 */
export const MIN_SELF_EVIDENT_LENGTH = 32;

/**
 * Largest edit distance tried, as a share of the quote's length: 1/3 lets a short claim
 * ("unemployment rose 9.8%", 22 units) survive a changed figure or word (7 edits) while a
 * passage differing in a third of its characters is a different passage. Higher finds more
 * rewritten quotes but more look-alikes for the context check to reject, and searches slower.
 */
export const MAX_ERROR_RATE = 1 / 3;

/**
 * Cap on the edit distance tried, whatever the quote's length. approx-string-match runs in
 * O(ceil(maxErrors / 32) * text length), so 32 keeps the search to one machine word per text
 * character; 32 edits still cover a rewritten clause in a long quote.
 */
export const MAX_ERRORS = 32;

/**
 * Rounds of fuzzy search. approx-string-match only returns the matches of the lowest error
 * count, so a cheaper look-alike elsewhere can hide the quote edited in place; each round masks
 * the rejected matches and searches again. More rounds find the quote behind more look-alikes,
 * at the cost of one full search each (only paid when look-alikes are there).
 */
export const MAX_FUZZY_ROUNDS = 3;
