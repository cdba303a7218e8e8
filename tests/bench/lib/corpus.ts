/**
 * Finds and reads the shared article-extraction corpus (`<shared>/corpus/article-extraction`):
 * `html/<id>.html.gz` pages and `ground-truth.json`. The shared folder is `$FACTMARK_SHARED`, else
 * `../shared` next to the repository root. Returns null when it is absent so benches can skip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodePage } from '../../../cli/decode-page';

export interface CorpusPage {
  id: string;
  url: string;
  html: string;
  /** The human-written article body. */
  truth: string;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The shared folder, or null when neither `$FACTMARK_SHARED` nor `../shared` exists. */
export function sharedDir(): string | null {
  const candidate = process.env.FACTMARK_SHARED ?? join(REPO_ROOT, '..', 'shared');
  return existsSync(candidate) ? candidate : null;
}

/** The pages of `<shared>/corpus/<name>`, or null when that folder is missing. */
export function loadExtractionCorpus(name = 'article-extraction'): CorpusPage[] | null {
  const shared = sharedDir();
  if (!shared) return null;
  const dir = join(shared, 'corpus', name);
  const truthPath = join(dir, 'ground-truth.json');
  if (!existsSync(truthPath)) return null;
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  return Object.entries(truth).map(([id, entry]) => ({
    id,
    url: entry.url ?? 'https://example.invalid/',
    html: decodePage(gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`)))),
    truth: entry.articleBody ?? '',
  }));
}

export interface SnippetPage {
  /** The file name in `snippets.json` (`<name>.html`). */
  id: string;
  url: string;
  html: string;
  /** Passages the article must contain. */
  with: string[];
  /** Passages of the page the article must not contain. */
  without: string[];
}

/** The pages of `<shared>/corpus/article-snippets`, or null when that folder is missing. */
export function loadSnippetCorpus(): SnippetPage[] | null {
  const shared = sharedDir();
  if (!shared) return null;
  const dir = join(shared, 'corpus', 'article-snippets');
  const listPath = join(dir, 'snippets.json');
  if (!existsSync(listPath)) return null;
  const list = JSON.parse(readFileSync(listPath, 'utf8')) as Record<
    string,
    { url?: string; with?: string[]; without?: string[] }
  >;
  return Object.entries(list).map(([id, entry]) => ({
    id,
    url: entry.url ?? 'https://example.invalid/',
    html: decodePage(gunzipSync(readFileSync(join(dir, 'html', `${id}.gz`)))),
    with: entry.with ?? [],
    without: entry.without ?? [],
  }));
}
