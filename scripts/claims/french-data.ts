/**
 * Loads the French check-worthiness data of `data/claims-fr/` (see its README) as labelled
 * examples, by part: `tune` (fits and tunes the French weights) and `validation` (chooses
 * features and reports; never fitted on).
 *
 * - `ct24`: CT24 English sentences translated by hand, labels carried over.
 * - `news`: French news sentences labelled by `GUIDELINE.md`: the sentences written for the set
 *   (committed whole), and those of the shared French pages and the demo article, committed only
 *   as labels keyed by a hash of the sentence and rebuilt here by extracting and splitting the
 *   pages exactly as the extension does (titles included).
 *
 * Invariants: a part never includes another part's rows; a page sentence whose key no longer
 * matches (extraction or splitting changed) is reported in `missing`, never silently relabelled.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { extractArticle } from '../../core/article/extract-article';
import { splitSentences } from '../../core/claims/split-sentences';
import { parseHtml } from '../../tests/bench/lib/happy-document';
import { fnv1a } from '../../core/text/fnv1a';

export type Part = 'tune' | 'validation';

export interface LabelledSentence {
  id: string;
  text: string;
  label: 0 | 1;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FRENCH_DATA = join(REPO_ROOT, 'data', 'claims-fr');

function readTsv(file: string): Record<string, string>[] {
  const { data, errors } = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
    header: true,
    delimiter: '\t',
    quoteChar: '\u0000',
    skipEmptyLines: true,
  });
  if (errors.length > 0) throw new Error(`${file}: ${errors[0]?.message} (row ${errors[0]?.row})`);
  return data;
}

const label = (value: string | undefined): 0 | 1 => (value === 'Yes' ? 1 : 0);

/** The translated CT24 sentences of one part. */
export function loadCt24French(part: Part): LabelledSentence[] {
  return readTsv(join(FRENCH_DATA, `ct24-fr-${part}.tsv`)).map((row) => ({
    id: row.Sentence_id ?? '',
    text: row.Text ?? '',
    label: label(row.class_label),
  }));
}

/** A sentence as keyed in `news-fr-pages.tsv`: NFC, straight apostrophes, single spaces. */
export function normaliseForKey(text: string): string {
  return text.normalize('NFC').replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ').trim();
}

/** 32-bit FNV-1a of the normalised sentence, as 8 hex digits. */
export function sentenceKey(text: string): string {
  return fnv1a(normaliseForKey(text)).toString(16).padStart(8, '0');
}

/** A French page as the extension sees it: title and text of its article. */
export interface FrenchPage {
  name: string;
  title: string;
  text: string;
  lang: string;
}

/** The shared French pages and the demo article, extracted; pages not found are skipped. */
export function loadFrenchPages(shared: string | undefined): FrenchPage[] {
  const files: Array<[string, string]> = [
    ['demo-fr', join(REPO_ROOT, 'tests', 'fixtures', 'articles', 'demo-fr.html')],
  ];
  if (shared)
    for (const name of ['lemonde-1', 'liberation-1'])
      files.unshift([name, join(shared, 'corpus', 'pages-fr', name, 'source.html')]);
  const pages: FrenchPage[] = [];
  for (const [name, file] of files) {
    if (!existsSync(file)) continue;
    const url = pathToFileURL(file).href;
    const { doc } = parseHtml(readFileSync(file, 'utf8'), url);
    const article = extractArticle(doc, { url });
    if (article) pages.push({ name, title: article.title, text: article.text, lang: article.lang });
  }
  return pages;
}

/** The labelled news sentences of one part, and how many labelled page sentences were not found. */
export function loadNewsFrench(
  part: Part,
  pages: readonly FrenchPage[],
): { rows: LabelledSentence[]; missing: number } {
  const written = readTsv(join(FRENCH_DATA, 'news-fr-written.tsv'))
    .filter((row) => row.part === part)
    .map((row) => ({ id: row.Sentence_id ?? '', text: row.Text ?? '', label: label(row.class_label) }));
  const sentences = new Map<string, { id: string; text: string }>();
  for (const page of pages) {
    const texts = [page.title, ...splitSentences(page.text, page.lang).map((s) => s.text)];
    for (const text of texts) sentences.set(`${page.name}:${sentenceKey(text)}`, { id: page.name, text });
  }
  const labelled = readTsv(join(FRENCH_DATA, 'news-fr-pages.tsv')).filter(
    (row) => row.part === part && pages.some((page) => page.name === row.source),
  );
  const found = labelled.flatMap((row) => {
    const sentence = sentences.get(`${row.source}:${row.key}`);
    return sentence ? [{ ...sentence, label: label(row.class_label) }] : [];
  });
  return { rows: [...found, ...written], missing: labelled.length - found.length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const pages = loadFrenchPages(process.env.FACTMARK_SHARED ?? resolve(REPO_ROOT, '..', 'shared'));
  for (const part of ['tune', 'validation'] as const) {
    const news = loadNewsFrench(part, pages);
    const ct24 = loadCt24French(part);
    const yes = (rows: LabelledSentence[]) => rows.filter((r) => r.label === 1).length;
    console.log(
      `${part}: ct24-fr ${ct24.length} (${yes(ct24)} Yes), news ${news.rows.length} (${yes(news.rows)} Yes, ${news.missing} page sentences not found)`,
    );
  }
}
