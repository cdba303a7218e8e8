/**
 * The pages the pipeline benchmark opens: the shared article-extraction corpus
 * (`<shared>/corpus/article-extraction/html/*.html.gz`, gunzipped into a temporary folder), or,
 * when that corpus is absent, the repository's own `tests/fixtures/articles/*.html`.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { FIXTURES_DIR } from '../../e2e/harness/paths';
import { sharedDir } from './corpus';

export interface BenchPages {
  /** The folder to serve; every page is a file at its top level. */
  root: string;
  /** File names of the pages, sorted. */
  files: string[];
  /** Where the pages came from, for the report. */
  source: string;
  /** Removes the temporary folder, if one was made. */
  dispose(): void;
}

/** Unpacks the shared corpus, or falls back to the repository's fixtures. */
export function benchPages(limit = Number.POSITIVE_INFINITY): BenchPages {
  const shared = sharedDir();
  const corpus = shared ? join(shared, 'corpus', 'article-extraction', 'html') : null;
  if (corpus && existsSync(corpus)) {
    const root = mkdtempSync(join(tmpdir(), 'factmark-bench-'));
    const gz = readdirSync(corpus)
      .filter((name) => name.endsWith('.html.gz'))
      .sort()
      .slice(0, limit);
    for (const name of gz) {
      writeFileSync(join(root, name.replace(/\.gz$/, '')), gunzipSync(readFileSync(join(corpus, name))));
    }
    return {
      root,
      files: gz.map((name) => name.replace(/\.gz$/, '')),
      source: `${corpus} (${gz.length} pages)`,
      dispose: () => rmSync(root, { recursive: true, force: true }),
    };
  }
  const root = join(FIXTURES_DIR, 'articles');
  const files = readdirSync(root)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .slice(0, limit);
  return {
    root,
    files,
    source: `FALLBACK: shared corpus not found (set FACTMARK_SHARED), using ${root} (${files.length} pages)`,
    dispose: () => {},
  };
}
