/**
 * Word-level differences between two versions of an article's text, with the `diff` library's
 * Myers diff over the comparable words (words.ts: noise lines and whitespace left out). Adjacent
 * removals and insertions are one change: `replace` when both, else `delete` or `insert`.
 *
 * Invariants: `was` is the old text between the change's old offsets and `now` the new text
 * between its new offsets (UTF-16), so both read as the reader saw them, spacing included; two
 * texts with the same comparable words have no change; changes come in text order.
 */
import { diffArrays } from 'diff';
import { mergeRuns } from './merge-runs';
import { comparableWords, type WordToken } from './words';

type ChangeOp = 'insert' | 'delete' | 'replace';

export interface ArticleChange {
  op: ChangeOp;
  /** The passage as it was ('' for an insertion). */
  was: string;
  /** The passage as it reads now ('' for a deletion). */
  now: string;
  /** UTF-16 offsets in the old text; an insertion has oldStart === oldEnd, where it goes. */
  oldStart: number;
  oldEnd: number;
  /** UTF-16 offsets in the new text; a deletion has newStart === newEnd. */
  newStart: number;
  newEnd: number;
}

/**
 * Past this many milliseconds the diff gives up and reports the whole article as replaced: two
 * unrelated texts of 10,000 words take Myers' worst case, and a visit must not wait on it. A real
 * edit of a news article differs by a few dozen words and is compared in well under that.
 */
const DIFF_TIMEOUT_MS = 500;

/** Offsets of a run of tokens, or an empty span at `at` when there is none. */
function spanOf(tokens: readonly WordToken[], at: number): { start: number; end: number } {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return first && last ? { start: first.start, end: last.end } : { start: at, end: at };
}

/** The changes that turn `oldText` into `newText`, noise ignored. */
export function diffArticle(oldText: string, newText: string): ArticleChange[] {
  const oldWords = comparableWords(oldText);
  const newWords = comparableWords(newText);
  const oldList = oldWords.map((token) => token.word);
  const newList = newWords.map((token) => token.word);
  const parts = diffArrays(oldList, newList, { timeout: DIFF_TIMEOUT_MS });
  const runs = mergeRuns(
    parts?.map((part) => ({
      kind: part.removed ? 'delete' : part.added ? 'insert' : 'keep',
      count: part.count,
    })) ?? [
      { kind: 'delete', count: oldWords.length },
      { kind: 'insert', count: newWords.length },
    ],
    oldList,
    newList,
  );
  const changes: ArticleChange[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  let removed: WordToken[] = [];
  let added: WordToken[] = [];
  const flush = () => {
    if (removed.length === 0 && added.length === 0) return;
    const oldAt = oldWords[oldIndex - removed.length - 1]?.end ?? 0;
    const newAt = newWords[newIndex - added.length - 1]?.end ?? 0;
    const oldSpan = spanOf(removed, oldAt);
    const newSpan = spanOf(added, newAt);
    changes.push({
      op: removed.length === 0 ? 'insert' : added.length === 0 ? 'delete' : 'replace',
      was: oldText.slice(oldSpan.start, oldSpan.end),
      now: newText.slice(newSpan.start, newSpan.end),
      oldStart: oldSpan.start,
      oldEnd: oldSpan.end,
      newStart: newSpan.start,
      newEnd: newSpan.end,
    });
    removed = [];
    added = [];
  };
  for (const { kind, count } of runs) {
    if (kind === 'delete') {
      // concat, not push(...): a run of a hundred thousand words would overflow the call's arguments.
      removed = removed.concat(oldWords.slice(oldIndex, oldIndex + count));
      oldIndex += count;
    } else if (kind === 'insert') {
      added = added.concat(newWords.slice(newIndex, newIndex + count));
      newIndex += count;
    } else {
      flush();
      oldIndex += count;
      newIndex += count;
    }
  }
  flush();
  return changes;
}
