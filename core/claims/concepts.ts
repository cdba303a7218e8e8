/**
 * Cross-lingual concept features: a sentence as the set of "concepts" it mentions, where a
 * concept is an English word (`percent`, `voted`, `think`, `never`) or a shape (`#percent`,
 * `#money`, `#year`, digit runs folded to `0`, `?`). English text maps to concepts word for word;
 * another language maps through its hand-written lexicon (French: `lang/fr-concepts.ts`). A model
 * over concepts learns from the 18k labelled English sentences and applies to French unchanged,
 * which a word model trained on a few hundred French sentences cannot match.
 *
 * Invariants: the result depends only on the sentence and the language; concepts are distinct
 * and sorted; English contractions are expanded (`didn't` → `did`, `not`) so that both
 * languages name negation, tense and person alike; unknown words map to nothing.
 */
import { FRENCH_CONCEPTS } from './lang/fr-concepts';
import { primarySubtag } from './lang/profiles';

/** Shapes every language shares, matched on the raw sentence. */
const SHAPES: ReadonlyArray<readonly [string, RegExp]> = [
  ['#percent', /%|\bper ?cent\b|\bpour ?cent\b/i],
  ['#money', /[$€£¥]|\b(?:dollars?|euros?)\b/i],
  ['#year', /\b(?:1[6-9]|20)\d\d\b/],
  ['#big-number', /\d[\d\s.,]*\d{3}\b|\b(?:millions?|billions?|trillions?|milliards?)\b/i],
];

/** English contractions and their words; `'s` is dropped (possessive or "is", unknowable). */
const CONTRACTIONS: Readonly<Record<string, readonly string[]>> = {
  "can't": ['can', 'not'],
  cannot: ['can', 'not'],
  "won't": ['will', 'not'],
  "let's": ['let', 'us'],
};
const SUFFIX_WORDS: Readonly<Record<string, string>> = {
  "n't": 'not',
  "'ll": 'will',
  "'re": 'are',
  "'ve": 'have',
  "'d": 'would',
  "'m": 'am',
};

/** Tokens: letters and digits (digits folded to 0), plus the symbols that carry meaning. */
function tokens(sentence: string, pattern: RegExp): string[] {
  return sentence.toLowerCase().replace(/[’ʼ]/g, "'").replace(/\d/g, '0').match(pattern) ?? [];
}

function englishConcepts(sentence: string, out: Set<string>): void {
  for (const token of tokens(sentence, /[\p{L}\p{N}]+(?:'\p{L}+)?|[$%?€£]/gu)) {
    const expanded = CONTRACTIONS[token];
    if (expanded) {
      for (const word of expanded) out.add(word);
      continue;
    }
    const clitic = /^(.+?)(n't|'s|'ll|'re|'ve|'d|'m)$/.exec(token);
    if (clitic) {
      out.add(clitic[1] ?? '');
      const word = SUFFIX_WORDS[clitic[2] ?? ''];
      if (word) out.add(word);
      continue;
    }
    out.add(token);
  }
}

type Lexicon = ReadonlyMap<string, readonly string[]>;
const lexicons = new Map<string, Lexicon>();

/** Parses a `concept: forms` lexicon once per language. */
function lexiconOf(lang: string, source: string): Lexicon {
  let lexicon = lexicons.get(lang);
  if (lexicon) return lexicon;
  const map = new Map<string, string[]>();
  for (const line of source.split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const concept = line.slice(0, colon).trim();
    for (const form of line
      .slice(colon + 1)
      .trim()
      .split(/\s+/)) {
      if (form === '') continue;
      const key = form.replace(/_/g, ' ');
      const concepts = map.get(key) ?? [];
      if (!concepts.includes(concept)) concepts.push(concept);
      map.set(key, concepts);
    }
  }
  lexicon = map;
  lexicons.set(lang, lexicon);
  return lexicon;
}

/** French elisions split off as words (`l'État` → `l`, `état`). */
const FRENCH_ELISION = /(^|[^\p{L}])(l|d|j|m|t|s|n|c|qu|jusqu|lorsqu|puisqu)'/gu;
/** French future and conditional endings, for verbs the lexicon does not list. */
const FRENCH_FUTURE = /^\p{L}{3,}(?:era|eront|erons|erez|ira|iront|irons|irez|dra|dront)$/u;
const FRENCH_CONDITIONAL = /^\p{L}{3,}(?:erait|eraient|irait|iraient|drait|draient)$/u;

function lexiconConcepts(sentence: string, lexicon: Lexicon, out: Set<string>): void {
  const words = tokens(sentence.replace(FRENCH_ELISION, '$1$2 '), /[\p{L}\p{N}]+(?:-\p{L}+)*|[$%?€£]/gu);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (/^[0$%?€£]/.test(word)) out.add(word === '€' || word === '£' ? '$' : word);
    let matched = false;
    for (const n of [3, 2, 1]) {
      if (i + n > words.length) continue;
      const found = lexicon.get(words.slice(i, i + n).join(' '));
      if (!found) continue;
      for (const concept of found) out.add(concept);
      i += n - 1;
      matched = true;
      break;
    }
    if (matched) continue;
    if (FRENCH_FUTURE.test(word)) out.add('will');
    else if (FRENCH_CONDITIONAL.test(word)) out.add('would');
  }
}

/** Languages with a concept lexicon (English needs none). */
const LEXICON_SOURCES: Readonly<Record<string, string>> = { fr: FRENCH_CONCEPTS };

/** Whether `lang` (BCP 47) has concept features: English, or a language with a lexicon. */
export function hasConcepts(lang: string): boolean {
  const code = primarySubtag(lang);
  return code === 'en' || code in LEXICON_SOURCES;
}

/** The concepts of `sentence` in `lang` (BCP 47), distinct and sorted; none for other languages. */
export function conceptsOf(sentence: string, lang: string): string[] {
  const code = primarySubtag(lang);
  const out = new Set<string>();
  const source = LEXICON_SOURCES[code];
  if (code === 'en') englishConcepts(sentence, out);
  else if (source !== undefined) lexiconConcepts(sentence, lexiconOf(code, source), out);
  else return [];
  for (const [shape, pattern] of SHAPES) if (pattern.test(sentence)) out.add(shape);
  return [...out].sort();
}
