/**
 * No imported file can change a record it does not name by its own URL and id: whatever ids a
 * hostile file reuses (stored articles', claims', fact-checks' of other pages), every stored
 * record that an import changes is one the file names with the same id, under an article whose
 * URL is that record's own.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { normaliseUrl } from '../../../core/article/canonical-url';
import type { FactmarkBundle } from '../../../core/exchange/bundle';
import { toFactmarkJson } from '../../../core/exchange/factmark-json';
import { parseImport } from '../../../core/exchange/parse-import';
import type { FactmarkDb } from '../../../storage/db';
import { createFactCheck, restoreRecords } from '../../../storage/fact-checks';
import { applyImport, previewImport } from '../../../storage/import-bundle';
import { fakeArticle, fakeClaim, fakeFactCheck } from '../core/exchange/arbitraries';
import { fakeDraft } from '../factories';
import { useFreshDbs } from './fresh-db';

const freshDb = useFreshDbs('import-takeover');
const at = new Date('2025-07-05T10:00:00.000Z');
const STORED_URLS = ['https://victim.example/a', 'https://victim.example/b', 'https://other.example/c'];
const FILE_URLS = [...STORED_URLS, 'https://attacker.example/x', 'https://victim.example/a?utm_source=x#top'];
const LATER = '2030-01-01T00:00:00.000Z';

async function seed(db: FactmarkDb) {
  for (const url of STORED_URLS) {
    await createFactCheck(db, fakeDraft({ article: { ...fakeDraft().article, url } }), at);
  }
  return {
    articles: await db.articles.toArray(),
    claims: await db.claims.toArray(),
    factChecks: await db.factChecks.toArray(),
  };
}

type Stored = Awaited<ReturnType<typeof seed>>;

/** A hostile file built from stored ids and fresh ones, internally consistent so the parser takes it. */
function hostileFile(stored: Stored) {
  const anyId = (ids: string[]) => fc.oneof(fc.constantFrom(...ids), fc.uuid());
  const article = fc.record({
    id: anyId(stored.articles.map((row) => row.id)),
    url: fc.constantFrom(...FILE_URLS),
  });
  return fc
    .uniqueArray(article, { minLength: 1, maxLength: 3, selector: (row) => row.id })
    .chain((articles) => {
      const claim = fc.record({
        id: anyId(stored.claims.map((row) => row.id)),
        articleId: fc.constantFrom(...articles.map((row) => row.id)),
      });
      return fc.tuple(
        fc.constant(articles),
        fc.uniqueArray(claim, { minLength: 1, maxLength: 3, selector: (row) => row.id }),
      );
    })
    .chain(([articles, claims]) => {
      const factCheck = fc.record({
        id: anyId(stored.factChecks.map((row) => row.id)),
        claim: fc.constantFrom(...claims),
        note: fc.constantFrom('pwned', 'taken over'),
      });
      return fc.tuple(
        fc.constant(articles),
        fc.constant(claims),
        fc.uniqueArray(factCheck, { minLength: 1, maxLength: 4, selector: (row) => row.id }),
      );
    })
    .map(
      ([articles, claims, factChecks]): FactmarkBundle => ({
        articles: articles.map(({ id, url }) =>
          fakeArticle({ id, url, site: 'anything', title: 'pwned', updatedAt: LATER }),
        ),
        claims: claims.map(({ id, articleId }) => fakeClaim({ id, articleId })),
        factChecks: factChecks.map(({ id, claim, note }) =>
          fakeFactCheck({ id, claimId: claim.id, articleId: claim.articleId, note, updatedAt: LATER }),
        ),
      }),
    );
}

test('an import changes only records the file names by their own URL and id (property)', async () => {
  const template = await seed(freshDb());
  await fc.assert(
    fc.asyncProperty(
      hostileFile(template),
      fc.constantFrom('keep-newer', 'keep-both'),
      async (file, policy) => {
        const db = freshDb();
        // The same stored records (same ids) in every run, so the file can name them.
        await restoreRecords(db, template);
        const before = template;
        const parsed = parseImport(toFactmarkJson(file, { exportedAt: LATER }));
        if (!parsed.ok) throw new Error(parsed.error);
        const plan = await previewImport(
          db,
          parsed.bundle,
          parsed.invalid,
          policy === 'keep-both'
            ? { conflict: 'keep-both', newId: () => crypto.randomUUID() }
            : { conflict: 'keep-newer' },
        );
        await applyImport(db, plan);

        const fileUrlOf = new Map(file.articles.map((row) => [row.id, normaliseUrl(row.url)]));
        const urlOfStoredArticle = new Map(before.articles.map((row) => [row.id, row.url]));
        const named = (kind: 'claims' | 'factChecks', id: string, articleId: string) =>
          file[kind].some(
            (row) => row.id === id && fileUrlOf.get(row.articleId) === urlOfStoredArticle.get(articleId),
          );

        for (const row of before.articles) {
          const after = await db.articles.get(row.id);
          if (JSON.stringify(after) !== JSON.stringify(row)) {
            expect(file.articles.some((incoming) => normaliseUrl(incoming.url) === row.url)).toBe(true);
          }
        }
        for (const row of before.claims) {
          const after = await db.claims.get(row.id);
          if (after?.articleId !== row.articleId || after.text !== row.text) {
            expect(named('claims', row.id, row.articleId)).toBe(true);
          }
        }
        for (const row of before.factChecks) {
          const after = await db.factChecks.get(row.id);
          if (JSON.stringify(after) !== JSON.stringify(row)) {
            expect(named('factChecks', row.id, row.articleId)).toBe(true);
          }
        }
        // Nothing ends up filed under another page's article: every stored row's article has its
        // own URL's id or the one already stored for it.
        for (const factCheck of await db.factChecks.toArray()) {
          const claim = await db.claims.get(factCheck.claimId);
          expect(claim?.articleId).toBe(factCheck.articleId);
        }
      },
    ),
    { numRuns: 60 },
  );
});
