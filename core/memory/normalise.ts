/**
 * Folds a claim into the tokens the claim memory compares: accents, case, quotes and elisions
 * ("l'économie" → "economie") never decide a match, and a figure is one token whatever its
 * spelling ("3,5 %", "3.5%" and "3.5 per cent" → `3.5%`; "1 000 000", "1,000,000" and
 * "1 million" → `1000000`; "2,4 milliards" and "2.4 billion" → `2400000000`). Common French and
 * English words are dropped and the rest lightly stemmed (core/search/stem.ts), so "augmenté" and
 * "augmentation" meet. Proper names (capitalised words not opening the sentence) are reported
 * apart: two claims about different actors must not match (see guards.ts). Months and seasons
 * ("cet été", "winter") are dates and count as figures.
 *
 * Invariant: pure and deterministic; the same text gives the same tokens in every runtime.
 */
import { foldText } from '../search/search-words';
import { stem } from '../search/stem';
import { type Polarity, polarityOf } from './polarity';
import { unifySpellings } from './spellings';
import { MEMORY_STOPWORDS } from './stopwords';

/** A claim as the memory compares it. */
export interface ClaimTokens {
  /** Stemmed content words and canonical figures, in order. */
  words: string[];
  /** Canonical figures (`12`, `3.5%`, `2024`, `1000000`), in order of appearance. */
  figures: string[];
  /** Folded proper names (capitalised words inside the sentence). */
  names: string[];
  /** Negation and direction of change (polarity.ts). */
  polarity: Polarity;
}

const MULTIPLIERS: Readonly<Record<string, number>> = {
  mille: 1e3,
  thousand: 1e3,
  million: 1e6,
  millions: 1e6,
  milliard: 1e9,
  milliards: 1e9,
  billion: 1e9,
  billions: 1e9,
  trillion: 1e12,
  trillions: 1e12,
  // Attached to the figure only ("£350m", "2bn", "15k").
  m: 1e6,
  bn: 1e9,
  k: 1e3,
};

/** Words after a figure that make it a percentage. */
const PERCENT = /^(?:%|pour ?cent|per ?cent|percent)/u;

/**
 * A figure with its grouping and decimal marks: "1 000 000", "1,000,000", "1.000.000", "3,5",
 * "3.5", "1 398,69", "1,398.69". Groups of three after a space, a thin space or a comma are
 * thousands; a comma or a point followed by one, two or more than three digits is a decimal
 * mark; with both a comma and a point, the last one is the decimal mark.
 */
const FIGURE = /\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)*/gu;

function figureValue(raw: string): number {
  const compact = raw.replace(/[ \u00a0\u202f]/gu, '');
  if (compact.includes(',') && compact.includes('.')) {
    const decimal = compact.lastIndexOf(',') > compact.lastIndexOf('.') ? ',' : '.';
    const [whole = '', fraction = ''] = compact.split(decimal);
    return Number(`${whole.replace(/[.,]/gu, '')}.${fraction}`);
  }
  const groups = compact.split(/[.,]/u);
  if (groups.length === 1) return Number(compact);
  const [head, ...rest] = groups;
  // 1,000,000 or 1.000.000: every group after the first has three digits and there are two
  // or more of them, or a single one after a comma in English style ("12,000").
  const thousands = rest.every((group) => group.length === 3);
  if (thousands && (rest.length > 1 || compact.includes(','))) {
    // "3,500" is ambiguous (English thousands, French 3.5 with three decimals): thousands wins,
    // as three decimals are rare in claims.
    return Number(groups.join(''));
  }
  return Number(`${head}.${rest.join('')}`);
}

/** "3e", "3ème", "1er", "3rd", "4th": an ordinal, written `#3` so "3e" and "third" agree. */
const ORDINAL_SUFFIX = /^(?:e|ème|eme|er|ère|ere|st|nd|rd|th)(?![\p{L}\p{N}])/u;

/** Ordinals written out, folded, as the figure an ordinal suffix gives. */
const ORDINAL_WORDS: Readonly<Record<string, string>> = {
  premier: '#1',
  premiere: '#1',
  first: '#1',
  deuxieme: '#2',
  second: '#2',
  seconde: '#2',
  troisieme: '#3',
  third: '#3',
  quatrieme: '#4',
  fourth: '#4',
};

/** Month names, folded: a date is a figure ("1er janvier" and "1er mai" are different claims). */
const MONTHS: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ['janvier', 'january', 'jan'],
    ['fevrier', 'february', 'feb'],
    ['mars', 'march'],
    ['avril', 'april', 'apr'],
    ['mai'],
    ['juin', 'june'],
    ['juillet', 'july'],
    ['aout', 'august', 'aug'],
    ['septembre', 'september', 'sept'],
    ['octobre', 'october', 'oct'],
    ['novembre', 'november', 'nov'],
    ['decembre', 'december', 'dec'],
  ].flatMap((names, month) => names.map((name) => [name, `month:${month + 1}`])),
);

/**
 * Seasons, folded: a time of year is a date like a month ("cet été" and "cet hiver" are two
 * claims). "été" is also the participle of "être", so it counts as the season only after "cet",
 * "en", "l'" or "d'"; "fall" is left out, being the verb far more often.
 */
const SEASONS: Readonly<Record<string, string>> = {
  printemps: 'season:spring',
  spring: 'season:spring',
  summer: 'season:summer',
  automne: 'season:autumn',
  autumn: 'season:autumn',
  hiver: 'season:winter',
  winter: 'season:winter',
};
const SUMMER_BEFORE = new Set(['cet', 'en', 'chaque', 'dernier', 'prochain']);

function seasonOf(raw: string, previous: string | undefined): string | undefined {
  if (raw === 'ete' || raw === "l'ete" || raw === "d'ete") {
    return raw !== 'ete' || (previous !== undefined && SUMMER_BEFORE.has(previous))
      ? 'season:summer'
      : undefined;
  }
  return SEASONS[raw.replace(/^[ld]'/u, '')];
}

/** Canonical spelling of a number: no exponent, at most six decimals. */
function canonical(value: number): string {
  return Number.isInteger(value) ? value.toFixed(0) : String(Number(value.toFixed(6)));
}

/** Unifies spellings (spellings.ts), then marks every figure as one placeholder token. */
function markFigures(text: string): { text: string; figures: string[] } {
  const figures: string[] = [];
  // U+E000 marks figures below: unifySpellings blanks a page's own so it cannot forge one.
  const unified = unifySpellings(text);
  let out = '';
  let last = 0;
  for (const match of unified.matchAll(FIGURE)) {
    const start = match.index;
    let end = start + match[0].length;
    let value = figureValue(match[0]);
    const after = unified.slice(end);
    const multiplier = /^\s*([a-zA-Z]+)/u.exec(after) ?? /^(m|bn|k)(?![\p{L}])/u.exec(after);
    const factor = multiplier ? MULTIPLIERS[multiplier[1]?.toLowerCase() ?? ''] : undefined;
    if (multiplier && factor !== undefined) {
      value *= factor;
      end += multiplier[0].length;
    }
    const ordinal = ORDINAL_SUFFIX.exec(unified.slice(end));
    if (ordinal) {
      figures.push(`#${canonical(value)}`);
      out += `${unified.slice(last, start)} \ue000${figures.length - 1}\ue000 `;
      last = end + ordinal[0].length;
      continue;
    }
    let figure = canonical(value);
    const percent = PERCENT.exec(unified.slice(end).replace(/^\s+/u, '').toLowerCase());
    if (percent) {
      figure += '%';
      end += unified.slice(end).length - unified.slice(end).replace(/^\s+/u, '').length + percent[0].length;
    }
    figures.push(figure);
    out += `${unified.slice(last, start)} \ue000${figures.length - 1}\ue000 `;
    last = end;
  }
  return { text: out + unified.slice(last), figures };
}

/** Capitalised words not at the start of the text or of a sentence, folded. */
function properNames(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(/(?<![.!?:]\s|^)(?<=\s|^|['’(])(\p{Lu}[\p{Ll}\p{Lu}-]+)/gu)) {
    const word = foldText(match[1] ?? '');
    // Months and weekdays are capitalised in English but are dates, not actors.
    if (!MEMORY_STOPWORDS.has(word) && MONTHS[word] === undefined) names.add(word);
  }
  return [...names];
}

/** The tokens of a claim (see the module comment). */
export function claimTokens(text: string): ClaimTokens {
  const { text: marked, figures } = markFigures(text.normalize('NFC'));
  const words: string[] = [];
  const folded = foldText(marked).split(/[^\p{L}\p{N}\ue000']+/u);
  for (const [i, raw] of folded.entries()) {
    const figure = /^\ue000(\d+)\ue000$/u.exec(raw);
    if (figure) {
      words.push(figures[Number(figure[1])] ?? '');
      continue;
    }
    const date = MONTHS[raw];
    if (date !== undefined) {
      words.push(date);
      figures.push(date);
      continue;
    }
    const season = seasonOf(raw, folded[i - 1]);
    if (season !== undefined) {
      words.push(season);
      figures.push(season);
      continue;
    }
    const ordinal = ORDINAL_WORDS[raw];
    if (ordinal !== undefined) {
      words.push(ordinal);
      figures.push(ordinal);
      continue;
    }
    // "d'après" is "according to", a reporting word like "selon"; "après" alone is "after".
    if (raw === "d'apres") continue;
    const word = raw.replace(/^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)'/u, '').replace(/'.*$/u, '');
    if (word.length < 2 || MEMORY_STOPWORDS.has(word)) continue;
    words.push(stem(word));
  }
  const plain = folded.flatMap((word) => word.split("'"));
  return { words, figures, names: properNames(marked), polarity: polarityOf(plain) };
}
