/**
 * Runs `read` outside the live query that calls it, so Dexie records nothing of what it reads.
 * Inside a live query, Dexie records every primary key an index read returns, to re-run the query
 * when one of them changes; the review summary of a large filtered view reads every fact-check's
 * id several times over (review-summary.ts), and recording them took main-thread tasks of
 * 200–600 ms (`npm run bench:review`, 30,000 fact-checks). A caller that runs a read this way
 * watches its tables itself (storage/watch-writes.ts) and re-runs on any write to them.
 */
export function unwatched<T>(read: () => Promise<T>): Promise<T> {
  // A timer's callback starts outside Dexie's zone: Dexie follows promises, not timers.
  return new Promise<T>((resolve, reject) => {
    setTimeout(() => read().then(resolve, reject), 0);
  });
}
