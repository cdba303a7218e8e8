import { Dexie } from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { memoryRow } from '../../../storage/claim-memory';
import { findAlreadyChecked } from '../../../storage/claim-memory-lookup';
import { FactmarkDb } from '../../../storage/db';
import { dateRanks, readDateOrder } from '../../../storage/date-order';
import { readFacets } from '../../../storage/facets';
import { declareSchema, SCHEMA_VERSIONS } from '../../../storage/schema';
import { FULL_SCAN } from '../../../storage/sync-outbox';
import { expectDateOrderInStep, expectDerivedInStep, expectFacetPairsInStep } from './expect-derived';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

function openAt(name: string, version: number): Dexie {
  const db = new Dexie(name);
  declareSchema(db, version);
  opened.push(db);
  return db;
}

const v1Article = {
  id: 'a1',
  url: 'https://www.news.example/story',
  title: 'Le titre',
  siteName: 'News',
  lang: 'fr',
  byline: null,
  publishedTime: null,
  fingerprint: 'abc',
  createdAt: '2025-07-04T08:00:00.000Z',
  updatedAt: '2025-07-04T08:00:00.000Z',
};
const v1Claim = {
  id: 'c1',
  articleId: 'a1',
  text: 'La Russie a reconnu le régime.',
  quote: { type: 'TextQuoteSelector', exact: 'La Russie a reconnu le régime.', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: 30 },
  origin: 'detected',
  score: 0.9,
  createdAt: '2025-07-04T08:00:00.000Z',
};
const v1FactCheck = {
  id: 'f1',
  claimId: 'c1',
  articleId: 'a1',
  verdict: 'true',
  sources: [{ url: 'https://tass.example/', title: 'Dépêche Tass', stance: 'supports' }],
  note: 'Confirmé',
  tags: ['russie'],
  createdAt: '2025-07-04T08:00:00.000Z',
  updatedAt: '2025-07-04T09:00:00.000Z',
};
/** The fields version 3 derives on a fact-check: what every later version stores. */
const derivedFields = { site: 'news.example', words: ['russie'], sourceCount: 1, verdictRank: 0 };

describe('schema versions', () => {
  test('are numbered 1..n in order', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  test('upgrading a version 1 database keeps every record and fills the review indexes', async () => {
    const name = 'upgrade-v1';
    const old = openAt(name, 1);
    await old.table('articles').add(v1Article);
    await old.table('claims').add(v1Claim);
    await old.table('factChecks').add(v1FactCheck);
    old.close();

    const db = new FactmarkDb(name);
    opened.push(db);
    expect(await db.articles.toArray()).toEqual([{ ...v1Article, site: 'news.example' }]);
    expect(await db.claims.toArray()).toEqual([{ ...v1Claim, anchorStatus: 'unknown' }]);
    const [factCheck] = await db.factChecks.toArray();
    expect(factCheck).toMatchObject({ ...v1FactCheck, site: 'news.example', sourceCount: 1 });
    expect(factCheck?.words).toEqual(
      expect.arrayContaining(['russie', 'regime', 'confirme', 'depeche', 'titre']),
    );
    expect(await db.factChecks.where('site').equals('news.example').count()).toBe(1);
    expect(await db.factChecks.where('words').equals('regime').count()).toBe(1);
  });

  test('upgrading a version 2 database adds verdict ranks and drops stopwords from the words', async () => {
    const name = 'upgrade-v2';
    const old = openAt(name, 2);
    await old.table('articles').add({ ...v1Article, site: 'news.example' });
    await old.table('claims').add({ ...v1Claim, anchorStatus: 'exact' });
    await old.table('factChecks').bulkAdd([
      { ...v1FactCheck, site: 'news.example', words: ['la', 'russie'], sourceCount: 1 },
      { ...v1FactCheck, id: 'f2', verdict: null, site: 'news.example', words: [], sourceCount: 1 },
    ]);
    old.close();

    const db = new FactmarkDb(name);
    opened.push(db);
    const [first, second] = await db.factChecks.orderBy('id').toArray();
    expect(first).toMatchObject({ ...v1FactCheck, site: 'news.example', sourceCount: 1, verdictRank: 0 });
    expect(first?.words).not.toContain('la');
    expect(first?.words).toEqual(expect.arrayContaining(['russie', 'reconnu', 'regime', 'confirme']));
    expect(second).toMatchObject({ id: 'f2', verdict: null, verdictRank: 7 });
    expect(await db.claims.toArray()).toEqual([{ ...v1Claim, anchorStatus: 'exact' }]);
    expect(
      await db.factChecks
        .where('[verdictRank+createdAt]')
        .between([7, Dexie.minKey], [7, Dexie.maxKey])
        .primaryKeys(),
    ).toEqual(['f2']);
    expect(
      await db.factChecks
        .where('[site+articleId+createdAt]')
        .between(['news.example'], ['news.example', []])
        .count(),
    ).toBe(2);
  });

  test('upgrading a version 3 database counts the facets of every fact-check', async () => {
    const name = 'upgrade-v3';
    const old = openAt(name, 3);
    const stored = { site: 'news.example', words: ['russie'], sourceCount: 1, verdictRank: 0 };
    await old.table('factChecks').bulkAdd([
      { ...v1FactCheck, ...stored, tags: ['russie', 'afghanistan'] },
      {
        ...v1FactCheck,
        ...stored,
        id: 'f2',
        verdict: null,
        verdictRank: 7,
        createdAt: '2025-08-01T00:00:00.000Z',
      },
      { ...v1FactCheck, ...stored, id: 'f3', site: 'wire.example' },
    ]);
    old.close();

    const db = new FactmarkDb(name);
    opened.push(db);
    const facets = await readFacets(db);
    expect(facets.verdict).toEqual(
      new Map([
        ['true', 2],
        ['none', 1],
      ]),
    );
    expect(facets.site).toEqual(
      new Map([
        ['news.example', 2],
        ['wire.example', 1],
      ]),
    );
    expect(facets.tag).toEqual(
      new Map([
        ['russie', 3],
        ['afghanistan', 1],
      ]),
    );
    expect(facets.month).toEqual(
      new Map([
        ['2025-07', 2],
        ['2025-08', 1],
      ]),
    );
    await expectDerivedInStep(db);
  });

  test('upgrading a version 4 database puts every fact-check in date order', async () => {
    const name = 'upgrade-v4';
    const old = openAt(name, 4);
    const stored = { site: 'news.example', words: ['russie'], sourceCount: 1, verdictRank: 0 };
    // Two share an instant (ordered by id); one is a month later; ids not in date order.
    await old.table('factChecks').bulkAdd([
      { ...v1FactCheck, ...stored, id: 'f3' },
      { ...v1FactCheck, ...stored, id: 'f1', createdAt: '2025-08-01T00:00:00.000Z' },
      { ...v1FactCheck, ...stored, id: 'f2' },
    ]);
    old.close();

    const db = new FactmarkDb(name);
    opened.push(db);
    expect((await db.dateOrder.toArray()).map(({ month, keys }) => [month, keys.length])).toEqual([
      ['2025-07', 2],
      ['2025-08', 1],
    ]);
    // Places only compare (date-order.ts): the ids in date order.
    const ranks = dateRanks(await readDateOrder(db), ['f1', 'f2', 'f3']);
    expect([...(ranks ?? [])].sort((a, b) => a[1] - b[1]).map(([id]) => id)).toEqual(['f2', 'f3', 'f1']);
    await expectDateOrderInStep(db);
  });

  test('upgrading a version 5 database keeps every record and starts with no "not worth checking" mark', async () => {
    const name = 'upgrade-v5';
    const old = openAt(name, 5);
    const stored = { site: 'news.example', words: ['russie'], sourceCount: 1, verdictRank: 0 };
    await old.table('articles').add({ ...v1Article, site: 'news.example' });
    await old.table('claims').add({ ...v1Claim, anchorStatus: 'exact' });
    await old.table('factChecks').add({ ...v1FactCheck, ...stored });
    old.close();

    const db = new FactmarkDb(name);
    opened.push(db);
    expect(await db.articles.toArray()).toEqual([{ ...v1Article, site: 'news.example' }]);
    expect(await db.claims.toArray()).toEqual([{ ...v1Claim, anchorStatus: 'exact' }]);
    expect(await db.factChecks.toArray()).toEqual([{ ...v1FactCheck, ...stored }]);
    expect(await db.dismissals.where('articleId').equals('a1').count()).toBe(0);
  });

  test('upgrading a version 6 database keeps fact-checks without an author and finds them by author', async () => {
    const name = 'upgrade-v6';
    const old = openAt(name, 6);
    const stored = { site: 'news.example', words: ['russie'], sourceCount: 1, verdictRank: 0 };
    await old.table('factChecks').bulkAdd([
      { ...v1FactCheck, ...stored, id: 'f1' },
      { ...v1FactCheck, ...stored, id: 'f2' },
    ]);
    old.close();

    const db = new FactmarkDb(name);
    opened.push(db);
    expect(await db.factChecks.toArray()).toEqual([
      { ...v1FactCheck, ...stored, id: 'f1' },
      { ...v1FactCheck, ...stored, id: 'f2' },
    ]);
    await db.factChecks.update('f2', { author: 'alice' });
    expect(await db.factChecks.where('author').equals('alice').primaryKeys()).toEqual(['f2']);
    expect(await db.syncMarks.count()).toBe(0);
  });

  test('upgrading a version 7 database keeps every record and adds an empty versions table', async () => {
    const name = 'upgrade-v7';
    const old = openAt(name, 7);
    await old.table('articles').add({ ...v1Article, site: 'news.example' });
    old.close();

    const db = new FactmarkDb(name);
    opened.push(db);
    expect(await db.articles.toArray()).toEqual([{ ...v1Article, site: 'news.example' }]);
    expect(await db.articleVersions.count()).toBe(0);
    await db.articleVersions.add({
      id: 'a1:f',
      articleId: 'a1',
      fingerprint: 'f',
      checkedAt: '2025-07-04T08:00:00.000Z',
      textLength: 3,
      gzip: new Uint8Array([1, 2, 3]),
    });
    expect(
      await db.articleVersions.where('[articleId+checkedAt]').between(['a1', ''], ['a1', '\uffff']).count(),
    ).toBe(1);
  });

  test('upgrading to the claim memory remembers every fact-check with a verdict', async () => {
    const name = 'upgrade-claim-memory';
    const before = SCHEMA_VERSIONS.findIndex((v) => v.stores.claimMemory !== undefined);
    const old = openAt(name, before);
    const stored = { site: 'news.example', words: ['russie'], sourceCount: 1, verdictRank: 0 };
    await old.table('articles').add({ ...v1Article, site: 'news.example' });
    await old.table('claims').add({ ...v1Claim, anchorStatus: 'exact' });
    await old.table('factChecks').bulkAdd([
      { ...v1FactCheck, ...stored },
      { ...v1FactCheck, ...stored, id: 'f2', verdict: null, verdictRank: 7 },
    ]);
    old.close();

    const db = new FactmarkDb(name);
    opened.push(db);
    const rows = await db.claimMemory.toArray();
    expect(rows.map((row) => [row.id, row.kind, row.refId])).toEqual([['fc:f1', 'factCheck', 'f1']]);
    expect(rows[0]?.shingles.length).toBeGreaterThan(0);
    expect(await db.publishedReviews.count()).toBe(0);
    expect(await db.factChecks.count()).toBe(2);
  });
  test('upgrading to version 10 computes every claim memory row anew, published reviews included', async () => {
    const name = 'upgrade-claim-memory-10';
    const old = openAt(name, 9);
    const stored = { site: 'news.example', words: ['russie'], sourceCount: 1, verdictRank: 0 };
    await old.table('articles').add({ ...v1Article, site: 'news.example' });
    await old.table('claims').add({ ...v1Claim, anchorStatus: 'exact' });
    await old.table('factChecks').add({ ...v1FactCheck, ...stored });
    const review = {
      id: 'r1',
      claimReviewed: "Une centaine de services d'urgences ont fermé cet été.",
      author: 'AFP Factuel',
      url: 'https://factuel.example/r1',
      datePublished: '2026-07-01',
      ratingValue: 1,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'Faux',
      verdict: 'false',
      pageUrl: 'https://factuel.example/r1',
      savedAt: '2026-07-02T00:00:00.000Z',
    };
    await old.table('publishedReviews').add(review);
    // Rows as version 9 stored them: polarity as booleans, the season not yet a date.
    const stale = {
      bands: ['0:x'],
      shingles: [1],
      tokens: { words: [], figures: [], names: [], polarity: { negated: false, up: false, down: false } },
    };
    await old.table('claimMemory').bulkAdd([
      { id: 'fc:f1', kind: 'factCheck', refId: 'f1', ...stale },
      { id: 'pr:r1', kind: 'published', refId: 'r1', ...stale },
    ]);
    old.close();

    const db = new FactmarkDb(name);
    opened.push(db);
    const rows = await db.claimMemory.orderBy('id').toArray();
    expect(rows.map((row) => [row.id, row.kind, row.refId])).toEqual([
      ['fc:f1', 'factCheck', 'f1'],
      ['pr:r1', 'published', 'r1'],
    ]);
    expect(rows[1]?.tokens.figures).toEqual(['season:summer']);
    expect(rows.every((row) => typeof row.tokens.polarity.up === 'number' && row.shingles.length > 1)).toBe(
      true,
    );
    expect(await db.publishedReviews.count()).toBe(1);
  });

  test('upgrading to the sync change log keeps every record and asks the next sync for one full scan', async () => {
    const name = 'upgrade-sync-outbox';
    const before = SCHEMA_VERSIONS.findIndex((v) => v.stores.syncOutbox !== undefined);
    const old = openAt(name, before);
    await old.table('articles').add({ ...v1Article, site: 'news.example' });
    old.close();

    const db = new FactmarkDb(name);
    opened.push(db);
    expect(await db.articles.count()).toBe(1);
    expect((await db.syncOutbox.toArray()).map((entry) => entry.id)).toEqual([FULL_SCAN]);
  });

  test('upgrading to the claim memory change feed keeps the memory, finds it, and starts an empty feed', async () => {
    const name = 'upgrade-claim-memory-changes';
    const before = SCHEMA_VERSIONS.findIndex((v) => v.stores.claimMemoryChanges !== undefined);
    const old = openAt(name, before);
    await old.table('articles').add({ ...v1Article, site: 'news.example' });
    await old.table('claims').add(v1Claim);
    await old.table('factChecks').add({ ...v1FactCheck, ...derivedFields });
    await old.table('claimMemory').add(memoryRow('factCheck', 'f1', v1Claim.text));
    old.close();

    const atVersion = openAt(name, before + 1);
    expect(await atVersion.table('claimMemory').count()).toBe(1);
    expect(await atVersion.table('claimMemoryChanges').count()).toBe(0);
    atVersion.close();
    const db = new FactmarkDb(name);
    opened.push(db);
    const found = await findAlreadyChecked(db, [v1Claim.text], 'https://other.example/');
    expect(found.map((match) => match.earlier.kind === 'factCheck' && match.earlier.factCheckId)).toEqual([
      'f1',
    ]);
  });

  test('version 13 drops the bands index, computes the memory anew and saves its index', async () => {
    const name = 'upgrade-claim-memory-no-bands';
    const before = SCHEMA_VERSIONS.findIndex((v) => v.version === 13);
    const old = openAt(name, before);
    await old.table('articles').add({ ...v1Article, site: 'news.example' });
    await old.table('claims').add(v1Claim);
    await old.table('factChecks').add({ ...v1FactCheck, ...derivedFields });
    // A row as version 12 stored it, its band keys indexed.
    await old.table('claimMemory').add({ ...memoryRow('factCheck', 'f1', v1Claim.text), bands: ['0:x'] });
    old.close();

    const db = new FactmarkDb(name);
    opened.push(db);
    await db.open();
    expect(db.claimMemory.schema.indexes.map((index) => index.name)).toEqual([]);
    const [row] = await db.claimMemory.toArray();
    expect(row && 'bands' in row).toBe(false);
    const changes = await db.claimMemoryChanges.toArray();
    expect(changes.map((change) => change.id)).toEqual(['*']);
    // The next lookup loads the index saved with the change, not the whole table.
    expect(await db.claimMemorySnapshot.get('index')).toMatchObject({ ids: 'fc:f1', seq: changes[0]?.seq });
    const found = await findAlreadyChecked(db, [v1Claim.text], 'https://other.example/');
    expect(found.map((match) => match.earlier.kind === 'factCheck' && match.earlier.factCheckId)).toEqual([
      'f1',
    ]);
  });

  test('version 14 counts the facet pairs of every fact-check', async () => {
    const name = 'upgrade-facet-pairs';
    const before = SCHEMA_VERSIONS.findIndex((v) => v.version === 14);
    const old = openAt(name, before);
    await old.table('articles').add({ ...v1Article, site: 'news.example' });
    await old.table('claims').add(v1Claim);
    await old.table('factChecks').bulkAdd([
      { ...v1FactCheck, ...derivedFields, tags: ['russie', 'afghanistan'] },
      { ...v1FactCheck, ...derivedFields, id: 'f2', verdict: null, verdictRank: 7, site: 'wire.example' },
    ]);
    old.close();

    const db = new FactmarkDb(name);
    opened.push(db);
    await expectFacetPairsInStep(db);
    const ofRussie = await db.facetPairs
      .where('[of+ofValue+kind+value]')
      .between(['tag', 'russie'], ['tag', 'russie', Dexie.maxKey])
      .toArray();
    expect(ofRussie.map(({ kind, value, count }) => [kind, value, count])).toEqual([
      ['month', '2025-07', 2],
      ['site', 'news.example', 1],
      ['site', 'wire.example', 1],
      ['verdict', 'none', 1],
      ['verdict', 'true', 1],
    ]);
  });
});
