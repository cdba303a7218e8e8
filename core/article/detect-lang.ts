/**
 * The article's language as a lower-case BCP 47 primary subtag ('fr', 'en', …): declared first
 * (`<html lang>`, `Content-Language`, `og:locale`), else guessed from the text by a French/English
 * stopword vote, else 'und' (undetermined). Declared values are trusted as written: a page that
 * lies about its language is rarer than a short text that fools the vote.
 */

const FR_STOPWORDS = new Set(
  'le la les des du un une et est sont dans pour par sur avec pas que qui ne au aux ce cette ses leur été être ont il elle'.split(
    ' ',
  ),
);
const EN_STOPWORDS = new Set(
  'the of and to in is are was were for with that this it by from at as be has have not an'.split(' '),
);

/** A vote needs this many stopwords and a 2:1 majority: below that, 'und' beats a coin flip. */
const MIN_VOTES = 5;
const MAJORITY = 2;
/** Words read for the vote: plenty for a 2:1 majority, and bounded cost on long pages. */
const MAX_WORDS = 2000;

/** The primary subtag of a language tag or locale ('fr-CA', 'fr_FR' → 'fr'), or null. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const match = tag?.trim().match(/^([a-z]{2,3})(?:[-_]|$)/i);
  return match?.[1] ? match[1].toLowerCase() : null;
}

/** The content of `<meta http-equiv=name>`, matched without regard to case. */
function httpEquiv(doc: Document, name: string): string | null {
  for (const meta of doc.querySelectorAll('meta[http-equiv]')) {
    if (meta.getAttribute('http-equiv')?.toLowerCase() === name) return meta.getAttribute('content');
  }
  return null;
}

/** The language the page declares, or null. */
export function declaredLanguage(doc: Document): string | null {
  return (
    primaryLanguage(doc.documentElement.getAttribute('lang')) ??
    primaryLanguage(httpEquiv(doc, 'content-language')) ??
    primaryLanguage(doc.querySelector('meta[property="og:locale" i]')?.getAttribute('content'))
  );
}

/** 'fr' or 'en' by stopword vote over `text`, or 'und' when the vote is too thin or too close. */
export function guessLanguage(text: string): string {
  let fr = 0;
  let en = 0;
  let words = 0;
  for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    if (++words > MAX_WORDS) break;
    if (FR_STOPWORDS.has(word)) fr++;
    else if (EN_STOPWORDS.has(word)) en++;
  }
  if (fr + en < MIN_VOTES) return 'und';
  if (fr >= MAJORITY * en) return 'fr';
  if (en >= MAJORITY * fr) return 'en';
  return 'und';
}

/** Declared language, else the guess from `text`. */
export function detectLanguage(doc: Document, text: string): string {
  return declaredLanguage(doc) ?? guessLanguage(text);
}
