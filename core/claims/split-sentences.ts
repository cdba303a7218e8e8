/**
 * Splits text into sentences with `Intl.Segmenter`, then repairs ICU's known mistakes:
 * a title such as "M." or "Mr." taken for a sentence end, an abbreviation such as "U.S." or
 * "e.g." followed by a word that does not open a sentence, and a closing quote (`»`, `"`)
 * pushed to the start of the next sentence after "!" or "?".
 *
 * Invariants: every sentence is trimmed and non-empty, `text.slice(start, end) === sentence.text`,
 * sentences are in order and never overlap, and a sentence never spans a line break (ICU
 * already breaks after one; merges never cross one).
 */
import { profileFor } from './lang/profiles';
import type { LanguageProfile } from './lang/types';
import type { Sentence } from './types';

/** Closing quotes and brackets, with the opener each one closes. */
const OPENER_OF: Readonly<Record<string, string>> = { '»': '«', '”': '“', '"': '"', ')': '(', ']': '[' };
/** What may follow a closing quote inside the same sentence: punctuation or a lower-case word. */
const CONTINUES_SENTENCE = /^\s*(?:[,;:)\]–—-]|\p{Ll})/u;

/**
 * One segmenter per language tag, kept for the page's lifetime: creating the first one costs
 * milliseconds to tens of them (ICU loads its break rules) and the content script splits again on every page change.
 */
const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Splits `text` into trimmed sentences with offsets, using the rules of `lang` (BCP 47). */
export function splitSentences(text: string, lang: string): Sentence[] {
  const profile = profileFor(lang);
  const segmenter = segmenterFor(lang);
  const spans: Array<{ start: number; end: number }> = [];
  for (const { segment, index } of segmentsByLine(segmenter, text)) {
    const start = index + (segment.length - segment.trimStart().length);
    const end = index + segment.trimEnd().length;
    if (end <= start) continue;
    const previous = spans.at(-1);
    if (previous && !text.slice(previous.end, start).includes('\n')) {
      const merged = repair(text, previous, { start, end }, profile);
      if (merged) {
        spans[spans.length - 1] = merged.previous;
        if (merged.next) spans.push(merged.next);
        continue;
      }
    }
    spans.push({ start, end });
  }
  return spans.map(({ start, end }) => ({ text: text.slice(start, end), start, end }));
}

/**
 * The segmenter's sentences of `text`, one line at a time (offsets into `text`). A sentence never
 * spans a line break, so this splits as one pass would; but V8 walks a long two-byte string's
 * segments in time that grows with the string at each step: a 1.2 million-character text took
 * seconds per pass, which a page could make the shared analyser pay for every tab.
 */
function* segmentsByLine(
  segmenter: Intl.Segmenter,
  text: string,
): Generator<{ segment: string; index: number }> {
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    for (const { segment, index } of segmenter.segment(text.slice(lineStart, lineEnd)))
      yield { segment, index: lineStart + index };
    lineStart = lineEnd;
  }
}

type Span = { start: number; end: number };

/**
 * Fixes the boundary between two neighbouring spans on one line: returns the spans to keep
 * (`next` absent when they merge), or `undefined` when ICU's boundary stands.
 */
function repair(
  text: string,
  previous: Span,
  next: Span,
  profile: LanguageProfile,
): { previous: Span; next?: Span } | undefined {
  const nextText = text.slice(next.start, next.end);
  const closers = leadingClosers(nextText, text.slice(previous.start, previous.end));
  if (closers) {
    const rest = nextText.slice(closers.length);
    if (rest.trim() === '' || CONTINUES_SENTENCE.test(rest))
      return { previous: { ...previous, end: next.end } };
    const restStart = next.start + closers.length + (rest.length - rest.trimStart().length);
    return {
      previous: { ...previous, end: next.start + closers.length },
      next: { ...next, start: restStart },
    };
  }
  const lastWord = /\S+$/u.exec(text.slice(previous.start, previous.end))?.[0].toLowerCase() ?? '';
  if (profile.titles.includes(lastWord)) return { previous: { ...previous, end: next.end } };
  if (profile.abbreviations.includes(lastWord)) {
    const firstWord = /^[\p{L}\p{N}']+/u.exec(nextText)?.[0] ?? '';
    const opensSentence =
      /^\p{Lu}/u.test(firstWord) && profile.sentenceStarters.includes(firstWord.toLowerCase());
    if (!opensSentence) return { previous: { ...previous, end: next.end } };
  }
  return undefined;
}

/**
 * The closing quotes or brackets at the start of `next` that close something left open in
 * `previous` (a straight `"` closes when `previous` holds an odd number of them).
 */
function leadingClosers(next: string, previous: string): string {
  let length = 0;
  for (const char of next) {
    const opener = OPENER_OF[char];
    if (opener === undefined) break;
    const opened = previous.split(opener).length - 1;
    const closed = previous.split(char).length - 1;
    const open = opener === char ? opened % 2 === 1 : opened > closed;
    if (!open) break;
    length += char.length;
  }
  return next.slice(0, length);
}
