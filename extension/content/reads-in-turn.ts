/**
 * Reads one at a time, answers in call order. Two reads of the reader's fact-checks that overlap
 * (one per save announced, one per re-analysis) may be answered out of order; the older answer,
 * applied last, would leave a stale verdict on the page until the next change. Here each read
 * starts after the previous one ended, and calls made before a read has started share it (its
 * answer is read after their call), so a burst of announcements costs two reads, not one each.
 */
export function readsInTurn<T>(read: () => Promise<T>): () => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  let notStarted: Promise<T> | null = null;
  return () => {
    if (notStarted) return notStarted;
    const turn = tail.then(() => {
      notStarted = null;
      return read();
    });
    notStarted = turn;
    tail = turn.catch(() => undefined);
    return turn;
  };
}
