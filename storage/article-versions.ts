/**
 * The article texts the reader's fact-checks were saved on (core/model/article-version.ts):
 * recorded once per version, compressed, and read back to compare with the page on a visit.
 *
 * Storage budget: a version costs its gzip size (news text compresses to about a third; the
 * median and p90 per version are printed by `npm run bench:versions`). An article keeps at most
 * MAX_VERSIONS_PER_ARTICLE versions: its first (what the earliest fact-checks judged) and the
 * latest ones, and never loses a version a claim's `checkedFingerprint` names (the text that
 * claim's verdict was given to), even past the budget; a text longer than MAX_ARTICLE_TEXT_CHARS
 * is refused.
 *
 * Invariants: the fingerprint is computed here from the text stored, never taken from the caller
 * (an imported version's is checked against its text first: core/exchange/verify-versions.ts);
 * a version already stored is not written again (its `checkedAt` stays the first save's); every
 * write runs in one transaction.
 */
import type {
  ArticleVersionEntry,
  ArticleVersionRecord,
  ArticleVersionSummary,
} from '../core/model/article-version';
import { fingerprintOf } from '../core/model/ids';
import { compressText, decompressText } from '../core/versions/compress';
import { MAX_ARTICLE_TEXT_CHARS } from '../core/versions/limits';
import type { FactmarkTables } from './tables';
import { MissingRecordError } from './missing-record';
import { InvalidRecordError } from './validate-rows';

/**
 * Versions kept per article. An article edited ten times after being checked is rare (NewsDiffs
 * sees most stories change 1–3 times); more would let one live blog fill the disk.
 */
export const MAX_VERSIONS_PER_ARTICLE = 10;

/**
 * Dismissed notices remembered per version: a page edited more often than this after the reader
 * last checked it shows a notice dismissed long ago again, which is harmless; more would let a
 * live blog grow the row on every visit.
 */
export const MAX_DISMISSED_NOTICES = 20;

/** A version with its text, as a comparison needs it. */
export interface ArticleVersionText {
  fingerprint: string;
  checkedAt: string;
  text: string;
  /** Texts (by fingerprint) whose notice against this version the reader dismissed. */
  dismissedNotices: string[];
}

const summaryOf = ({ gzip, dismissedNotices: _, ...rest }: ArticleVersionRecord): ArticleVersionSummary => ({
  ...rest,
  storedBytes: gzip.byteLength,
});

/** The article text a save was made on, checked, hashed and compressed for `keepVersion`. */
export interface PreparedVersion {
  fingerprint: string;
  textLength: number;
  gzip: Uint8Array;
}

/**
 * Checks and compresses the text a save carries; outside any transaction (hashing and
 * compressing are foreign awaits, which would end it).
 */
export async function prepareVersion(text: string): Promise<PreparedVersion> {
  if (text.trim() === '')
    throw new InvalidRecordError('The article version was not saved: its text is empty');
  if (text.length > MAX_ARTICLE_TEXT_CHARS) {
    throw new InvalidRecordError(
      `The article version was not saved: its text is longer than ${MAX_ARTICLE_TEXT_CHARS} characters`,
    );
  }
  const [fingerprint, gzip] = await Promise.all([fingerprintOf(text), compressText(text)]);
  return { fingerprint, textLength: text.length, gzip };
}

/** The tables a save keeping `version` adds to its transaction (retagging edits without one). */
export function versionTables(db: FactmarkTables, version: PreparedVersion | undefined) {
  return version ? [db.articleVersions] : [];
}

/** Refuses a save that names one text (`fingerprint`) and carries another; `what` was not done. */
export function assertNamedVersion(
  version: PreparedVersion | undefined,
  fingerprint: string,
  what: string,
): void {
  if (version && version.fingerprint !== fingerprint) {
    throw new InvalidRecordError(`${what}: the article text is not the one it names`);
  }
}

/**
 * Keeps `version` as a version of the article, unless it is stored already, within the
 * article's budget. Call inside the save's transaction, over `claims` and `articleVersions`, so
 * the fact-check and the text it was saved on land together.
 */
export async function keepVersion(
  db: FactmarkTables,
  articleId: string,
  version: PreparedVersion,
  now: Date,
): Promise<void> {
  const id = `${articleId}:${version.fingerprint}`;
  if (await db.articleVersions.get(id)) return;
  await db.articleVersions.add({ id, articleId, checkedAt: now.toISOString(), ...version });
  await pruneVersions(db, articleId);
}

/**
 * Keeps an article within MAX_VERSIONS_PER_ARTICLE: the first version stays, and so does every
 * version a claim was checked on; the oldest of the others go. Call inside a transaction over
 * `claims` and `articleVersions`.
 */
async function pruneVersions(db: FactmarkTables, articleId: string): Promise<void> {
  const versions = await db.articleVersions
    .where('[articleId+checkedAt]')
    .between([articleId, ''], [articleId, '\uffff'])
    .toArray();
  let excess = versions.length - MAX_VERSIONS_PER_ARTICLE;
  if (excess <= 0) return;
  const named = new Set(
    (await db.claims.where('articleId').equals(articleId).toArray()).map((claim) => claim.checkedFingerprint),
  );
  const doomed: string[] = [];
  for (const version of versions.slice(1)) {
    if (excess === 0) break;
    if (named.has(version.fingerprint)) continue;
    doomed.push(version.id);
    excess--;
  }
  await db.articleVersions.bulkDelete(doomed);
}

/** A version ready to store: its entry (fingerprint checked against its text) and its gzip. */
export interface CompressedVersion {
  entry: ArticleVersionEntry;
  gzip: Uint8Array;
}

/** Compresses imported versions; outside any transaction (a foreign await would end it). */
export function compressVersions(entries: readonly ArticleVersionEntry[]): Promise<CompressedVersion[]> {
  return Promise.all(entries.map(async (entry) => ({ entry, gzip: await compressText(entry.text) })));
}

/**
 * Adds imported versions an article does not have yet (same fingerprint: same text), then keeps
 * each article within its budget. Call inside a transaction over `claims` and `articleVersions`,
 * after the import's claims are written (their `checkedFingerprint` protect versions from pruning).
 * Answers the articles that got a version.
 */
export async function addImportedVersions(
  db: FactmarkTables,
  versions: readonly CompressedVersion[],
): Promise<string[]> {
  const touched = new Set<string>();
  for (const { entry, gzip } of versions) {
    const id = `${entry.articleId}:${entry.fingerprint}`;
    if (await db.articleVersions.get(id)) continue;
    await db.articleVersions.add({
      id,
      articleId: entry.articleId,
      fingerprint: entry.fingerprint,
      checkedAt: entry.checkedAt,
      textLength: entry.text.length,
      gzip,
    });
    touched.add(entry.articleId);
  }
  for (const articleId of touched) await pruneVersions(db, articleId);
  return [...touched];
}

/** The fingerprints stored for these articles, to leave out of an import's plan. */
export async function storedVersionKeys(
  db: FactmarkTables,
  articleIds: readonly string[],
): Promise<{ articleId: string; fingerprint: string }[]> {
  // Keys only (`<articleId>:<fingerprint>`): the texts are not read.
  const ids = await db.articleVersions
    .where('articleId')
    .anyOf([...articleIds])
    .primaryKeys();
  return ids.map((id) => {
    const cut = id.lastIndexOf(':');
    return { articleId: id.slice(0, cut), fingerprint: id.slice(cut + 1) };
  });
}

/**
 * Every version of these articles with its text, oldest first, for an export. Not inside a
 * transaction: decompressing is a foreign await.
 */
export async function exportedVersions(
  db: FactmarkTables,
  articleIds: readonly string[],
): Promise<ArticleVersionEntry[]> {
  const rows = await db.articleVersions
    .where('articleId')
    .anyOf([...articleIds])
    .sortBy('checkedAt');
  return Promise.all(
    rows.map(async (row) => ({
      articleId: row.articleId,
      fingerprint: row.fingerprint,
      checkedAt: row.checkedAt,
      text: await decompressText(row.gzip),
    })),
  );
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
  return {
    fingerprint: row.fingerprint,
    checkedAt: row.checkedAt,
    text: await decompressText(row.gzip),
    dismissedNotices: row.dismissedNotices ?? [],
  };
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

/**
 * The reader dismissed the notice that the article at `url` now reads as the text fingerprinted
 * `nowFingerprint` rather than as version `checkedFingerprint`: kept on that version, so the
 * notice stays hidden on later visits until the text changes again.
 */
export async function dismissChangeNotice(
  db: FactmarkTables,
  url: string,
  checkedFingerprint: string,
  nowFingerprint: string,
): Promise<void> {
  await db.transaction('rw', db.articles, db.articleVersions, async () => {
    const article = await db.articles.where('url').equals(url).first();
    const row = article && (await db.articleVersions.get(`${article.id}:${checkedFingerprint}`));
    if (!row) throw new MissingRecordError(`No version ${checkedFingerprint} is kept for ${url}`);
    const kept = (row.dismissedNotices ?? []).filter((fingerprint) => fingerprint !== nowFingerprint);
    await db.articleVersions.update(row.id, {
      dismissedNotices: [...kept, nowFingerprint].slice(-MAX_DISMISSED_NOTICES),
    });
  });
}
