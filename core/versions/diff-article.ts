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
import { mergeRuns, type Run } from './merge-runs';
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
 * Most words removed plus added that the diff looks for (Myers' edit length) between the two
 * texts' common start and common end; past it, that middle is reported as replaced in full. Two
 * unrelated texts of 10,000 words take Myers' worst case, and a visit must not wait on it. A bound
 * on the work, not a time limit: the same texts give the same changes on any machine, loaded or
 * not (a timeout gave a loaded machine a different answer). Measured in node on this machine
 * (2026-12-01): an edit of 300 words in 10,000 takes 40–60 ms whatever the bound; two unrelated
 * 10,000-word texts give up after 134 ms at 1,000, 581 ms at 2,000, 2.2 s at 4,000.
 */
const MAX_EDIT_LENGTH = 1_000;

/** Offsets of a run of tokens, or an empty span at `at` when there is none. */
function spanOf(tokens: readonly WordToken[], at: number): { start: number; end: number } {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  return first && last ? { start: first.start, end: last.end } : { start: at, end: at };
}

/**
 * The runs that turn `oldList` into `newList`: the common start and end kept, the middle diffed
 * (added or removed whole when one side of it is empty: an article grown by a hundred thousand
 * words is one insertion, found at once).
 */
function wordRuns(oldList: readonly string[], newList: readonly string[]): Run[] {
  let head = 0;
  while (head < oldList.length && head < newList.length && oldList[head] === newList[head]) head++;
  let tail = 0;
  while (
    tail < oldList.length - head &&
    tail < newList.length - head &&
    oldList[oldList.length - 1 - tail] === newList[newList.length - 1 - tail]
  ) {
    tail++;
  }
  const oldMiddle = oldList.slice(head, oldList.length - tail);
  const newMiddle = newList.slice(head, newList.length - tail);
  const parts =
    oldMiddle.length > 0 && newMiddle.length > 0
      ? diffArrays(oldMiddle, newMiddle, { maxEditLength: MAX_EDIT_LENGTH })
      : undefined;
  const middle: Run[] = parts?.map((part) => ({
    kind: part.removed ? 'delete' : part.added ? 'insert' : 'keep',
    count: part.count,
  })) ?? [
    { kind: 'delete', count: oldMiddle.length },
    { kind: 'insert', count: newMiddle.length },
  ];
  const runs: Run[] = [{ kind: 'keep', count: head }, ...middle, { kind: 'keep', count: tail }];
  return runs.filter((run) => run.count > 0);
}

/** The changes that turn `oldText` into `newText`, noise ignored. */
export function diffArticle(oldText: string, newText: string): ArticleChange[] {
  const oldWords = comparableWords(oldText);
  const newWords = comparableWords(newText);
  const oldList = oldWords.map((token) => token.word);
  const newList = newWords.map((token) => token.word);
  const runs = mergeRuns(wordRuns(oldList, newList), oldList, newList);
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
