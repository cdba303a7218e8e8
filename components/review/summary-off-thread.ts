/**
 * A review filter's summary, computed in a worker (summary-worker.ts) so that a large filtered
 * view builds its charts without long tasks on the page. The unfiltered summary, and that of a
 * filter that is one facet, read a few hundred facet counts and pairs and stay on the page (a
 * worker's start would cost more). Where no worker can run (the unit tests' DOM), the summary is
 * computed on the page as before.
 */
import { activeParts, oneFacet } from '../../storage/review-keys';
import type { ReviewFilter } from '../../core/review/filter';
import type { FactmarkDb } from '../../storage/db';
import { type ReviewSummary, reviewSummary } from '../../storage/review-summary';
import type { SummaryReply, SummaryRequest } from './summary-protocol';

let worker: Worker | undefined;
let nextId = 0;
const waiting = new Map<number, { resolve(value: ReviewSummary): void; reject(error: Error): void }>();

function summaryWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./summary-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<SummaryReply>) => {
      const request = waiting.get(data.id);
      waiting.delete(data.id);
      if ('value' in data) request?.resolve(data.value);
      else request?.reject(new Error(data.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      for (const request of waiting.values())
        request.reject(new Error(`The summary worker failed: ${event.message}`));
      waiting.clear();
      worker?.terminate();
      worker = undefined;
    };
  }
  return worker;
}

/** The summary of `filter`; `signal` abandons it (rejecting with the signal's reason). */
export function summaryOffThread(
  db: FactmarkDb,
  filter: ReviewFilter,
  signal: AbortSignal,
): Promise<ReviewSummary> {
  if (activeParts(filter).length === 0 || oneFacet(filter) || typeof Worker === 'undefined') {
    return reviewSummary(db, filter, { signal });
  }
  const target = summaryWorker();
  const id = nextId++;
  return new Promise<ReviewSummary>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    signal.addEventListener(
      'abort',
      () => {
        waiting.delete(id);
        target.postMessage({ cancel: id } satisfies SummaryRequest);
        reject(signal.reason);
      },
      { once: true },
    );
    target.postMessage({ id, database: db.name, filter } satisfies SummaryRequest);
  });
}
