/**
 * The review benchmarks' data: a collection of `count` fact-checks on as many claims over a tenth
 * as many articles, with planted search words, generated from a fixed seed, and the means to
 * store it in a real extension page's database. Rows are built in Node with the extension's own
 * `factCheckSearchFields`, `facetCounter`, `facetPairCounter` and `dateOrderMonths`, so derived
 * fields, facet counts and pairs and date order are exactly what the extension writes, and stored
 * with raw IndexedDB from the extension page: the bundle exposes nothing for tests.
 */
import type { Page } from 'playwright-core';
import type { ArticleRecord, Source } from '../../../core/model/fact-check';
import type { StoredClaim, StoredFactCheck } from '../../../core/model/stored-records';
import { VERDICTS } from '../../../core/model/verdict';
import { memoryRow } from '../../../storage/claim-memory';
import { dateOrderMonths } from '../../../storage/date-order';
import { facetPairCounter } from '../../../storage/facet-pairs';
import { facetCounter } from '../../../storage/facets';
import { factCheckSearchFields } from '../../../storage/search-fields';
import { mulberry32 } from './mulberry32';

const ARTICLES_PER_100 = 10;
const SITES = 200;
/**
 * Rows per write transaction when seeding: larger chunks mean fewer round trips to the page and
 * fewer commits; 20,000 fact-checks (about 20 MB of rows) stay well within the page's memory.
 */
const CHUNK = 20_000;
/** Words planted in about 0.5% of claims each (search for them folded: "reconnaitre"). */
const PLANTED = ['reconnaît', 'sanctions', 'inflation', 'vaccins', 'barrage', 'drought', 'tariffs'];

const VOCABULARY = (
  'gouvernement ministre hausse baisse chiffres rapport selon annonce pays milliards euros taux emploi ' +
  'chômage élections sondage majorité député loi réforme budget dette croissance économie entreprises ' +
  'government minister increase figures report according announced country billion percent jobs ' +
  'unemployment election poll majority law reform budget debt growth economy companies record lowest ' +
  'highest since first million people police court decision study scientists climate energy prices'
).split(' ');

export type ReviewData = ReturnType<typeof generate>;

/** The collection, the same for the same `count`. */
export function generate(count: number) {
  const next = mulberry32(42);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  // Zipf-like: common words far more often than rare ones, as in real text.
  const word = () => VOCABULARY[Math.floor(VOCABULARY.length * next() ** 2)] as string;
  const sentence = (words: number) => Array.from({ length: words }, word).join(' ');
  const start = Date.UTC(2023, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  const articleCount = Math.max(1, Math.round((count * ARTICLES_PER_100) / 100));
  const articles: ArticleRecord[] = Array.from({ length: articleCount }, (_, i) => {
    const site = `site-${i % SITES}.example`;
    const at = new Date(start + next() * span).toISOString();
    return {
      id: `a${i}`,
      url: `https://${site}/article/${i}`,
      site,
      title: `${sentence(6)} ${i}`,
      siteName: site,
      lang: i % 2 ? 'fr' : 'en',
      byline: null,
      publishedTime: null,
      fingerprint: 'f'.repeat(32),
      createdAt: at,
      updatedAt: at,
    };
  });
  const claims: StoredClaim[] = [];
  const factChecks: StoredFactCheck[] = [];
  for (let i = 0; i < count; i++) {
    const article = pick(articles);
    const planted = PLANTED.filter(() => next() < 0.005);
    const text = `${sentence(14)} ${planted.join(' ')}`.trim();
    const createdAt = new Date(start + next() * span).toISOString();
    const claim: StoredClaim = {
      id: `c${i}`,
      articleId: article.id,
      text,
      quote: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: text.length },
      origin: 'detected',
      score: 0.8,
      createdAt,
      anchorStatus: next() < 0.02 ? 'orphan' : 'exact',
    };
    const sources: Source[] = Array.from({ length: Math.floor(next() * 3) }, (_, s) => ({
      url: `https://source-${s}.example/${i}`,
      title: sentence(4),
      stance: 'supports',
    }));
    const fields = {
      verdict: next() < 0.1 ? null : pick(VERDICTS),
      sources,
      note: next() < 0.5 ? sentence(10) : '',
      tags: next() < 0.3 ? [`tag-${Math.floor(next() * 30)}`] : [],
    };
    claims.push(claim);
    factChecks.push({
      ...fields,
      id: `f${String(i).padStart(6, '0')}`,
      claimId: claim.id,
      articleId: article.id,
      createdAt,
      updatedAt: createdAt,
      ...factCheckSearchFields(fields, claim, article),
    });
  }
  return { articles, claims, factChecks };
}

/** Puts `rows` into the store `name` of the extension's database, from one of its pages. */
export async function store(page: Page, name: string, rows: readonly unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    // Sent as one JSON string: Playwright serialises an object argument value by value, which
    // took seconds per chunk of 10,000 rows.
    await page.evaluate(
      async ({ storeName, json }) => {
        const chunk = JSON.parse(json) as unknown[];
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open('factmark');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        await new Promise<void>((resolve, reject) => {
          // Relaxed: a seeding that a crash interrupts is redone anyway, so no flush per commit.
          const tx = db.transaction(storeName, 'readwrite', { durability: 'relaxed' });
          for (const row of chunk) tx.objectStore(storeName).put(row);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { storeName: name, json: JSON.stringify(rows.slice(i, i + CHUNK)) },
    );
  }
}

/**
 * Stores `data` and its derived tables through `page`, an extension page whose database is open
 * (created) already. A build older than the date order (schema v5) gets no date order, one older
 * than the facet pairs (v14) no pairs. With `memory`, the claim memory's rows too (fingerprinting
 * 100,000 claims takes a while: only the benchmarks keep it, seeded once:
 * tests/bench/lib/seeded-profile.ts).
 */
export async function seed(
  page: Page,
  data: ReviewData,
  { memory = false }: { memory?: boolean } = {},
): Promise<void> {
  const timed = async (name: string, rows: readonly unknown[]) => {
    const started = performance.now();
    await store(page, name, rows);
    console.log(`  seeded ${rows.length} ${name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  await timed('articles', data.articles);
  await timed('claims', data.claims);
  await timed('factChecks', data.factChecks);
  const facets = facetCounter();
  for (const row of data.factChecks) facets.add(row);
  await store(page, 'facets', facets.counts());
  const stores = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('factmark');
        open.onsuccess = () => {
          resolve([...open.result.objectStoreNames]);
          open.result.close();
        };
        open.onerror = () => reject(open.error);
      }),
  );
  if (stores.includes('dateOrder')) await store(page, 'dateOrder', dateOrderMonths(data.factChecks));
  if (stores.includes('facetPairs')) {
    const pairs = facetPairCounter();
    for (const row of data.factChecks) pairs.add(row);
    await store(page, 'facetPairs', pairs.counts());
  }
  if (memory && stores.includes('claimMemory')) {
    // As the extension keeps it: a row per fact-check with a verdict (claim-memory.ts).
    const texts = new Map(data.claims.map((claim) => [claim.id, claim.text]));
    const rows = data.factChecks.flatMap((row) => {
      const text = texts.get(row.claimId);
      return row.verdict !== null && text !== undefined ? [memoryRow('factCheck', row.id, text)] : [];
    });
    await timed('claimMemory', rows);
  }
}
