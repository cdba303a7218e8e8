/**
 * Recognises date, time and byline lines that sit between the title and the body ("Updated
 * 11:21 pm CST, Tuesday, November 19, 2019", "Publié le 3 juillet 2025 à 10h12", "By Jane Doe |
 * November 18, 2019"): once the date words, numbers and labels are removed, at most a short name
 * remains. The article body never consists of such a line, so dropping it costs no claim.
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

/** Whether `text` is only a date/time line, optionally with a short "By Name" byline. */
export function isDateLine(text: string): boolean {
  if (text.length > MAX_LENGTH || !/\d/.test(text)) return false;
  const rest = text
    .replace(DATE_WORDS, ' ')
    .replace(/[\s.,:;/|–—()-]+/gu, ' ')
    .trim();
  const hadDate = rest.length < text.length / 2;
  if (!hadDate) return false;
  if (rest === '') return true;
  // What is left may be a name ("By Paul Takahashi", "HNN Staff"): a few capitalised words.
  const name = rest.replace(BYLINE, '');
  return /^(?:\p{Lu}[\p{L}'’.-]*\s?){1,4}$/u.test(name);
}
