/**
 * Recognises date, time and byline lines that sit between the title and the body ("Updated
 * 11:21 pm CST, Tuesday, November 19, 2019", "Publié le 3 juillet 2025 à 10h12", "By Jane Doe |
 * November 18, 2019"): once the date words, numbers and labels are removed, at most a short name
 * remains. The article body never consists of such a line, so dropping it costs no claim.
 *
 * DATE_WORDS's \p{L}/\p{N} edges under /iu cost milliseconds to compile, once per page, and most
 * short lines with a digit are not datelines: a precheck (`onlyDateWords`) rejects first, with no
 * Unicode regex, the lines holding a lower-case word that no date word or name can account for.
 */

/** A real line this long is a sentence, not a dateline, whatever it contains. */
const MAX_LENGTH = 110;

/** Word edges that, unlike `\b`, know accented letters (`\b` is ASCII-only even with /u). */
const START = String.raw`(?<![\p{L}\p{N}])`;
const END = String.raw`(?![\p{L}\p{N}])`;

/** Month and weekday names (EN/FR), date labels, time words and zones. */
const WORDS = [
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?',
  'janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre',
  '(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?',
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
  'updated|published|posted|last updated|modified|publi[ée](?: le)?|mis à jour(?: le)?|modifi[ée](?: le)?',
  String.raw`le|on|at|à|et|and|am|pm|a\.m\.|p\.m\.|gmt|utc|[ecmp][sd]t|cest?|bst|hst|h|min|ago|il y a|hours?|minutes?|heures?`,
];

const DATE_WORDS = new RegExp(
  `${START}(?:${WORDS.join('|')})${END}|\\d+(?:st|nd|rd|th|er|h\\d*)?${END}`,
  'giu',
);

const BYLINE = /^(?:by|par|from|de)\s+/iu;

/** What `isDateLine` turns into a space between words. */
const SEPARATORS = String.raw`\s.,:;/|–—()-`;

/**
 * Lower-case ASCII words with a separator (or the line's edge) on both sides: no /u and no /i,
 * so it compiles in microseconds. A neighbour outside SEPARATORS (a letter, an apostrophe, a
 * surrogate half) makes the word part of something longer, which the precheck leaves alone.
 */
const LOWER_WORD = new RegExp(`(?<![^${SEPARATORS}])[a-z]+(?![^${SEPARATORS}])`, 'g');

/**
 * The parts of the multi-word WORDS ("il y a", "last updated", "mis à jour", "a.m.", "p.m.") and
 * the byline words: with the single WORDS, every lower-case word that may leave the line.
 * Keep in step with WORDS (tests/unit/core/article/date-line.test.ts covers each phrase).
 */
const PHRASE_PARTS = 'il|y|a|last|mis|jour|m|p|by|par|from|de';

/** A whole lower-case ASCII word DATE_WORDS or BYLINE may remove (no flags: cheap, and exact here). */
const REMOVABLE_WORD = new RegExp(`^(?:${WORDS.join('|')}|${PHRASE_PARTS})$`);

/**
 * False when `text` has a lower-case word bounded by separators that DATE_WORDS cannot remove:
 * such a word stays whole in what is left and no name starts lower-case, so the line is no
 * dateline. (DATE_WORDS matches start and end at letter/digit edges, so it takes such a word
 * whole or not at all.) True does not mean a dateline: the full check decides.
 */
function onlyDateWords(text: string): boolean {
  for (const [word] of text.matchAll(LOWER_WORD)) {
    if (!REMOVABLE_WORD.test(word)) return false;
  }
  return true;
}

/**
 * DATE_WORDS matches that are no evidence of a date by themselves: link words and units that
 * also follow plain numbers ("4 h", "20 min", "5 hours").
 */
const FILLERS = new Set(['le', 'on', 'at', 'à', 'et', 'and', 'h', 'min', 'hour', 'hours', 'heure', 'heures']);

/**
 * A number written as a date or a time: 19.11.2019, 2019-11-19, 19/11/19, 08:57, 10h12; whole
 * numbers only, so a goal difference ("651:540") is no time.
 */
const DATE_SHAPE = /(?<!\d)(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}[:h]\d{2})(?!\d)/;

/**
 * Whether `text` is only a date/time line, optionally with a short "By Name" byline.
 *
 * Numbers alone are no date: a line needs a date word (month, weekday, "updated", "ago"…) or a
 * number shaped like a date or a time, so table cells ("2019", "20,2 Mio.") and figures in
 * headings ("1 545 500 EUROS") stay. A name may remain only beside a date word or after a byline
 * word ("By …", "par …"): "Termin: 29.02.2020, 19 Uhr" is an event's date, article text.
 */
export function isDateLine(text: string): boolean {
  if (text.length > MAX_LENGTH || !/\d/.test(text) || !onlyDateWords(text)) return false;
  let dateWord = false;
  const rest = text
    .replace(DATE_WORDS, (word) => {
      if (!/^\d/.test(word) && !FILLERS.has(word.toLowerCase())) dateWord = true;
      return ' ';
    })
    .replace(/[\s.,:;/|–—()-]+/gu, ' ')
    .trim();
  const hadDate = rest.length < text.length / 2 && (dateWord || DATE_SHAPE.test(text));
  if (!hadDate) return false;
  if (rest === '') return true;
  // What is left may be a name ("By Paul Takahashi", "HNN Staff"): a few capitalised words.
  const name = rest.replace(BYLINE, '');
  if (!dateWord && name === rest) return false;
  return /^(?:\p{Lu}[\p{L}'’.-]*\s?){1,4}$/u.test(name);
}
