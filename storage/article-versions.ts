/**
 * The article texts the reader's fact-checks were saved on (core/model/article-version.ts):
 * recorded once per version, compressed, and read back to compare with the page on a visit.
 *
 * Storage budget: a version costs its gzip size (news text compresses to about a third; the
 * median and p90 per version are printed by `npm run bench:versions`). An article keeps at most
 * MAX_VERSIONS_PER_ARTICLE versions: its first (what the earliest fact-checks judged) and the
 * latest ones; a text longer than MAX_ARTICLE_TEXT_CHARS is refused.
 *
 * Invariants: the fingerprint is computed here from the text stored, never taken from the caller;
 * a version already stored is not written again (its `checkedAt` stays the first save's); every
 * write runs in one transaction.
 */
import type { ArticleVersionRecord, ArticleVersionSummary } from '../core/model/article-version';
import { fingerprintOf } from '../core/model/ids';
import { compressText, decompressText } from '../core/versions/compress';
import { MAX_ARTICLE_TEXT_CHARS } from '../core/versions/limits';
import type { FactmarkTables } from './tables';
import { MissingRecordError } from './fact-checks';
import { InvalidRecordError } from './validate-rows';

/**
 * Versions kept per article. An article edited ten times after being checked is rare (NewsDiffs
 * sees most stories change 1–3 times); more would let one live blog fill the disk.
 */
export const MAX_VERSIONS_PER_ARTICLE = 10;

/** A version with its text, as a comparison needs it. */
export interface ArticleVersionText {
  fingerprint: string;
  checkedAt: string;
  text: string;
}

const summaryOf = ({ gzip, ...rest }: ArticleVersionRecord): ArticleVersionSummary => ({
  ...rest,
  storedBytes: gzip.byteLength,
});

/** Records the article text at `url` as a version, unless it is stored already. */
export async function recordArticleVersion(
  db: FactmarkTables,
  url: string,
  text: string,
  now: Date,
): Promise<{ version: ArticleVersionSummary; written: boolean }> {
  if (text.trim() === '')
    throw new InvalidRecordError('The article version was not saved: its text is empty');
  if (text.length > MAX_ARTICLE_TEXT_CHARS) {
    throw new InvalidRecordError(
      `The article version was not saved: its text is longer than ${MAX_ARTICLE_TEXT_CHARS} characters`,
    );
  }
  // Compressed and hashed before the transaction: IndexedDB transactions close on a foreign await.
  const [fingerprint, gzip] = await Promise.all([fingerprintOf(text), compressText(text)]);
  return db.transaction('rw', db.articles, db.articleVersions, async () => {
    const article = await db.articles.where('url').equals(url).first();
    if (!article) throw new MissingRecordError(`No fact-check is saved on ${url}`);
    const id = `${article.id}:${fingerprint}`;
    const stored = await db.articleVersions.get(id);
    if (stored) return { version: summaryOf(stored), written: false };
    const row: ArticleVersionRecord = {
      id,
      articleId: article.id,
      fingerprint,
      checkedAt: now.toISOString(),
      textLength: text.length,
      gzip,
    };
    await db.articleVersions.add(row);
    const versions = await db.articleVersions
      .where('[articleId+checkedAt]')
      .between([article.id, ''], [article.id, '\uffff'])
      .primaryKeys();
    // Over budget: the first version stays, the oldest after it go.
    const excess = versions.length - MAX_VERSIONS_PER_ARTICLE;
    if (excess > 0) await db.articleVersions.bulkDelete(versions.slice(1, 1 + excess));
    return { version: summaryOf(row), written: true };
  });
}

/** Every stored version of the article at `url`, oldest first, without their texts. */
export async function listArticleVersions(
  db: FactmarkTables,
  articleId: string,
): Promise<ArticleVersionSummary[]> {
  const rows = await db.articleVersions.where('articleId').equals(articleId).sortBy('checkedAt');
  return rows.map(summaryOf);
}

/** The text of one stored version. */
async function versionText(row: ArticleVersionRecord): Promise<ArticleVersionText> {
  return { fingerprint: row.fingerprint, checkedAt: row.checkedAt, text: await decompressText(row.gzip) };
}

/** The latest version stored for the article at `url`, or null when none is. */
export async function lastArticleVersion(
  db: FactmarkTables,
  url: string,
): Promise<ArticleVersionText | null> {
  const articles = await db.articles.where('url').equals(url).toArray();
  let latest: ArticleVersionRecord | undefined;
  for (const article of articles) {
    const row = await db.articleVersions
      .where('[articleId+checkedAt]')
      .between([article.id, ''], [article.id, '\uffff'])
      .last();
    if (row && (!latest || row.checkedAt > latest.checkedAt)) latest = row;
  }
  return latest ? versionText(latest) : null;
}
