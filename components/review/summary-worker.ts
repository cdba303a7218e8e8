/**
 * The review page's summary worker: computes a filtered view's charts (summary-service.ts) off
 * the page's main thread. A large filter's summary reads hundreds of thousands of ids from index
 * ranges at 100,000 fact-checks; on the page that meant main-thread tasks of 50–300 ms
 * (deserialising the ids, then collecting them) while the reader scrolls or types. Here only the
 * small answer crosses to the page. Started by summary-off-thread.ts; opens its own connection
 * to the page's database and never writes.
 */
import { FactmarkDb } from '../../storage/db';
import { type SummaryPort, serveSummaries } from './summary-service';

const databases = new Map<string, FactmarkDb>();

serveSummaries(self as unknown as SummaryPort, (name) => {
  const db = databases.get(name) ?? new FactmarkDb(name);
  databases.set(name, db);
  return db;
});
