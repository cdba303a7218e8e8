/**
 * Size limits on everything Factmark reads from outside: imported files, and records sent by
 * content scripts. Each bound is far above what a reader writes by hand, so it never gets in the
 * way, yet low enough that a hostile or broken file cannot fill storage or freeze the UI.
 * Lengths count UTF-16 code units (JavaScript `String.length`).
 */

/** Largest import file, in UTF-8 bytes: about 20,000 fact-checks with long notes. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** Deepest JSON nesting accepted; Factmark and W3C files need fewer than 10 levels. */
export const MAX_JSON_DEPTH = 64;

/** Record ids (UUIDs, hashes, or a foreign annotation's IRI). */
export const MAX_ID_CHARS = 512;

/** Any URL: the common browser and server limit. */
export const MAX_URL_CHARS = 2_048;

/** The reader's note on a fact-check. */
export const MAX_NOTE_CHARS = 20_000;

/** Sources per fact-check. */
export const MAX_SOURCES = 50;

/** Tags per fact-check, and characters per tag. */
export const MAX_TAGS = 50;
export const MAX_TAG_CHARS = 64;

/** A quoted passage: a claim's text and exact quote, or a source's quotation. */
export const MAX_QUOTE_CHARS = 5_000;

/** Context kept on each side of a quote (TextQuoteSelector prefix and suffix). */
export const MAX_QUOTE_CONTEXT_CHARS = 1_000;

/** A fact-check's author: a CouchDB user name (CouchDB itself sets no limit; names are short). */
export const MAX_AUTHOR_CHARS = 256;

/** Titles, site names and bylines. */
export const MAX_TITLE_CHARS = 1_000;

/** Short metadata: language tags, published times as the page states them, fingerprints. */
export const MAX_SHORT_TEXT_CHARS = 128;

/** Host names (DNS limit). */
export const MAX_HOST_CHARS = 253;

/** Text positions: offsets into an article far longer than any real page. */
export const MAX_TEXT_POSITION = 50_000_000;

/** The free-text scope description of an export (for example `site:example.org`). */
export const MAX_SCOPE_CHARS = 500;
