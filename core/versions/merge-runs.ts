/**
 * Joins the pieces of one removed (or inserted) passage that a word diff split around a common
 * word. Removing "… a text of Sondland replied …" just before a paragraph that starts with
 * "Sondland" has two minimal diffs: one deletion, or two deletions around the kept "Sondland".
 * Myers may pick the second; a reader would call it one removed paragraph. A run
 * `delete A, keep E, delete B E` is the same edit as `delete A E B, keep E`: this rewrites the
 * first into the second (and alike for insertions), so each removed or inserted passage is one
 * change.
 *
 * Invariant: the rewritten runs turn the old words into the new ones exactly as the input did
 * (only the choice among equally short diffs changes).
 */

/** A run of the diff over word tokens: kept, removed from the old text or inserted in the new. */
export interface Run {
  kind: 'keep' | 'delete' | 'insert';
  count: number;
}

const same = (words: readonly string[], a: number, b: number, count: number) => {
  for (let i = 0; i < count; i++) if (words[a + i] !== words[b + i]) return false;
  return true;
};

/**
 * `runs` with each `X, keep E, X ending in E` (X delete or insert) joined into `X, keep E`, until
 * none is left: a join can bring the next pair together (each pass leaves fewer runs, so it ends).
 */
export function mergeRuns(
  runs: readonly Run[],
  oldWords: readonly string[],
  newWords: readonly string[],
): Run[] {
  let merged = [...runs];
  for (;;) {
    const next = mergePass(merged, oldWords, newWords);
    if (next.length === merged.length) return next;
    merged = next;
  }
}

function mergePass(runs: readonly Run[], oldWords: readonly string[], newWords: readonly string[]): Run[] {
  const out: Run[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (const run of runs) {
    const [kept, edit] = [out[out.length - 1], out[out.length - 2]];
    if (
      edit &&
      kept?.kind === 'keep' &&
      edit.kind === run.kind &&
      run.kind !== 'keep' &&
      kept.count <= run.count
    ) {
      const words = run.kind === 'delete' ? oldWords : newWords;
      const at = run.kind === 'delete' ? oldAt : newAt;
      // `kept` sits just before `run` in this side's words: [at - kept.count, at).
      if (same(words, at - kept.count, at + run.count - kept.count, kept.count)) {
        edit.count += run.count;
        if (run.kind === 'delete') oldAt += run.count;
        else newAt += run.count;
        continue;
      }
    }
    if (run.kind === 'keep' && out[out.length - 1]?.kind === 'keep') {
      // Kept runs that a join brought together are one.
      (out[out.length - 1] as Run).count += run.count;
    } else out.push({ ...run });
    if (run.kind !== 'insert') oldAt += run.count;
    if (run.kind !== 'delete') newAt += run.count;
  }
  return out;
}
