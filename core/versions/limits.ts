/** Longest article text kept as a version or compared: ten times a long feature (100,000 characters). */
export const MAX_ARTICLE_TEXT_CHARS = 1_000_000;
