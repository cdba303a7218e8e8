/**
 * Builds the case-insensitive, Unicode-aware word-bounded patterns used by language profiles.
 * JavaScript's `\b` only knows ASCII letters, so "légitimité" would break it; a letter or digit
 * on either side of a match is excluded instead.
 */

/**
 * One pattern matching any of `alternatives` (regular-expression sources) as whole words.
 * Spaces inside an alternative match any run of white space.
 */
export function phrases(...alternatives: string[]): RegExp {
  const body = alternatives.map((a) => a.replace(/ /g, '\\s+')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'iu');
}
