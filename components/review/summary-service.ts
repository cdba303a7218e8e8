/**
 * The summary worker's side of the protocol (summary-protocol.ts): answers each request with the
 * summary of its filter (storage/review-summary.ts), read from the named database, and stops a
 * request's reads when the page cancels it. Kept apart from the worker's entry file so the unit
 * tests run it on a message port of their own.
 */
import type { FactmarkTables } from '../../storage/tables';
import { reviewSummary } from '../../storage/review-summary';
import type { SummaryReply, SummaryRequest } from './summary-protocol';

/** The part of a worker's global scope (or a message port) the service talks through. */
export interface SummaryPort {
  onmessage: ((event: MessageEvent<SummaryRequest>) => void) | null;
  postMessage(reply: SummaryReply): void;
}

export function serveSummaries(port: SummaryPort, database: (name: string) => FactmarkTables): void {
  const running = new Map<number, AbortController>();
  port.onmessage = ({ data }) => {
    if ('cancel' in data) {
      running.get(data.cancel)?.abort();
      return;
    }
    const run = new AbortController();
    running.set(data.id, run);
    reviewSummary(database(data.database), data.filter, { signal: run.signal })
      .then(
        (value) => port.postMessage({ id: data.id, value }),
        (error: unknown) => {
          if (!run.signal.aborted) port.postMessage({ id: data.id, error: String(error) });
        },
      )
      .finally(() => running.delete(data.id));
  };
}
