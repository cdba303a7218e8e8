import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { EMPTY_FILTER, type ReviewFilter } from '../../../../core/review/filter';
import type { SummaryReply, SummaryRequest } from '../../../../components/review/summary-protocol';
import { type SummaryPort, serveSummaries } from '../../../../components/review/summary-service';
import type { FactmarkDb } from '../../../../storage/db';
import { createFactCheck } from '../../../../storage/fact-checks';
import { reviewSummary } from '../../../../storage/review-summary';
import { fakeDraft } from '../../factories';
import { useFreshDbs } from '../../storage/fresh-db';

const freshDb = useFreshDbs('summary-off-thread');
/** Two parts, so not one facet: its summary needs the indexes, in the worker. */
const FALSE_SINCE: ReviewFilter = { ...EMPTY_FILTER, verdicts: ['false'], from: '2025-01-01' };

/** A worker stand-in: the summary service on the other end of an in-memory channel. */
class FakeWorker {
  static started: FakeWorker[] = [];
  readonly requests: SummaryRequest[] = [];
  onmessage: ((event: MessageEvent<SummaryReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  private readonly service: SummaryPort = {
    onmessage: null,
    postMessage: (reply) => this.onmessage?.({ data: reply } as MessageEvent<SummaryReply>),
  };
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.started.push(this);
    serveSummaries(this.service, () => database);
  }
  postMessage(request: SummaryRequest) {
    this.requests.push(request);
    this.service.onmessage?.({ data: request } as MessageEvent<SummaryRequest>);
  }
  terminate() {}
}

let database: FactmarkDb;

beforeEach(async () => {
  database = freshDb();
  for (const [i, verdict] of (['false', 'false', 'true'] as const).entries()) {
    await createFactCheck(
      database,
      fakeDraft({ claim: { ...fakeDraft().claim, text: `Claim ${i}.` }, verdict }),
      new Date(`2025-0${i + 1}-01T10:00:00Z`),
    );
  }
  FakeWorker.started = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.resetModules();
});
afterEach(() => vi.unstubAllGlobals());

const load = async () => (await import('../../../../components/review/summary-off-thread')).summaryOffThread;

describe('summaryOffThread', () => {
  test("a filtered view's summary comes from the worker, the same as computed on the page", async () => {
    const summaryOffThread = await load();
    const summary = await summaryOffThread(database, FALSE_SINCE, new AbortController().signal);
    expect(summary).toEqual(await reviewSummary(database, FALSE_SINCE));
    expect(summary.total).toBe(2);
    expect(FakeWorker.started).toHaveLength(1);
    expect(FakeWorker.started[0]?.options).toEqual({ type: 'module' });
    expect(FakeWorker.started[0]?.requests).toEqual([
      { id: 0, database: database.name, filter: FALSE_SINCE },
    ]);
  });

  test('one worker serves every filtered summary of the page', async () => {
    const summaryOffThread = await load();
    await summaryOffThread(database, FALSE_SINCE, new AbortController().signal);
    const trueOnly = await summaryOffThread(
      database,
      { ...FALSE_SINCE, verdicts: ['true'] },
      new AbortController().signal,
    );
    expect(trueOnly.total).toBe(1);
    expect(FakeWorker.started).toHaveLength(1);
  });

  test('the unfiltered summary (the facet counts) is read on the page, with no worker', async () => {
    const summaryOffThread = await load();
    const summary = await summaryOffThread(database, EMPTY_FILTER, new AbortController().signal);
    expect(summary.total).toBe(3);
    expect(FakeWorker.started).toHaveLength(0);
  });

  test("a one-facet filter's summary (its facet pairs) is read on the page, with no worker", async () => {
    const summaryOffThread = await load();
    const falseOnly = { ...EMPTY_FILTER, verdicts: ['false' as const] };
    const summary = await summaryOffThread(database, falseOnly, new AbortController().signal);
    expect(summary).toEqual(await reviewSummary(database, falseOnly));
    expect(summary.total).toBe(2);
    expect(FakeWorker.started).toHaveLength(0);
  });

  test('an abandoned summary is cancelled in the worker and rejects with the reason', async () => {
    const summaryOffThread = await load();
    const run = new AbortController();
    const summary = summaryOffThread(database, FALSE_SINCE, run.signal);
    run.abort(new Error('view left'));
    await expect(summary).rejects.toThrow('view left');
    expect(FakeWorker.started[0]?.requests).toContainEqual({ cancel: 0 });
  });

  test('a summary that fails in the worker rejects on the page with its reason', async () => {
    const summaryOffThread = await load();
    database.close();
    await expect(summaryOffThread(database, FALSE_SINCE, new AbortController().signal)).rejects.toThrow(
      /closed/i,
    );
  });

  test('without workers (this DOM), the summary is computed on the page', async () => {
    vi.stubGlobal('Worker', undefined);
    const summaryOffThread = await load();
    const summary = await summaryOffThread(database, FALSE_SINCE, new AbortController().signal);
    expect(summary.total).toBe(2);
  });
});
