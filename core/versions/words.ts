/**
 * The words an article comparison works on: every run of non-space characters outside noise
 * lines (noise.ts), with its UTF-16 offsets in the text, so a change is reported at the place the
 * reader sees it. Whitespace never makes a token, so spacing and line wrapping never differ.
 */
import { isNoiseLine } from './noise';

export interface WordToken {
  word: string;
  start: number;
  end: number;
}

/** The words of `text`, noise lines left out, in order. */
export function comparableWords(text: string): WordToken[] {
  const words: WordToken[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (!isNoiseLine(line)) {
      for (const match of line.matchAll(/\S+/gu)) {
        const start = lineStart + match.index;
        words.push({ word: match[0], start, end: start + match[0].length });
      }
    }
    lineStart += line.length + 1;
  }
  return words;
}

/** The words of a passage, whitespace and noise left out, joined by single spaces. */
export function wordsOf(text: string): string {
  return comparableWords(text)
    .map((token) => token.word)
    .join(' ');
}
