/**
 * Import from W3C Web Annotation: a single Annotation, a list of them, an AnnotationPage, or an
 * AnnotationCollection with embedded pages (`first`, following embedded `next` pages) or
 * `items`. Pages given only as links cannot be fetched, so such a file is refused. Each
 * annotation is read on its own (w3c-read.ts); refused ones are listed with a reason.
 * Annotations on the same article share one article record (dates widened to cover all), and
 * ones on the same claim share the claim; differing copies of either are refused.
 */
import type { ArticleRecord, ClaimRecord } from '../model/fact-check';
import type { FactmarkBundle, InvalidRecord } from './bundle';
import { dequal } from 'dequal';
import { asList, hasType, isJsonObject } from './json-shape';
import type { W3cReadOptions } from './w3c-read';
import { readAnnotation } from './w3c-read';

/** A read W3C file: the records of the usable annotations plus the refused ones, or why the file was refused. */
export type W3cReadResult =
  | { ok: true; bundle: FactmarkBundle; invalid: InvalidRecord[] }
  | { ok: false; error: string };

/** True when `value` looks like W3C Web Annotation data of any accepted shape. */
export function looksLikeW3c(value: unknown): boolean {
  const first = Array.isArray(value) ? value[0] : value;
  return ['Annotation', 'AnnotationPage', 'AnnotationCollection'].some((type) => hasType(first, type));
}

/** Reads parsed W3C annotation data into a bundle. Never throws. */
export function readW3cAnnotations(value: unknown, options: W3cReadOptions = {}): W3cReadResult {
  const items = annotationsOf(value);
  if ('error' in items) return { ok: false, error: items.error };
  const state: ReadState = {
    bundle: { articles: [], claims: [], factChecks: [] },
    invalid: [],
    articles: new Map(),
    claims: new Map(),
    factChecks: new Map(),
  };
  for (const [index, item] of items.entries()) {
    const reason = addAnnotation(item, index, state, options);
    if (reason !== null) state.invalid.push({ kind: 'annotation', index, reason });
  }
  return { ok: true, bundle: state.bundle, invalid: state.invalid };
}

/** What has been read so far, with indexes by id. */
interface ReadState {
  bundle: FactmarkBundle;
  invalid: InvalidRecord[];
  /** Article id → position in `bundle.articles`. */
  articles: Map<string, number>;
  claims: Map<string, ClaimRecord>;
  /** Fact-check id → index of the annotation it came from. */
  factChecks: Map<string, number>;
}

/** Adds the records of one annotation to `state`, or returns why it is refused. */
function addAnnotation(
  item: unknown,
  index: number,
  state: ReadState,
  options: W3cReadOptions,
): string | null {
  const records = readAnnotation(item, options);
  if ('reason' in records) return records.reason;
  const { article, claim, factCheck } = records;
  const sameId = state.factChecks.get(factCheck.id);
  if (sameId !== undefined) return `it has the same id as annotation ${sameId + 1}`;
  const articleAt = state.articles.get(article.id);
  const knownArticle = articleAt === undefined ? undefined : state.bundle.articles[articleAt];
  const knownClaim = state.claims.get(claim.id);
  if (knownArticle && !sameApartFromDates(knownArticle, article)) {
    return `it describes article ${article.id} differently from an earlier annotation`;
  }
  if (knownClaim && !dequal(knownClaim, claim)) {
    return `it describes claim ${claim.id} differently from an earlier annotation`;
  }
  if (articleAt === undefined || !knownArticle) {
    state.articles.set(article.id, state.bundle.articles.push(article) - 1);
  } else {
    state.bundle.articles[articleAt] = widenDates(knownArticle, article);
  }
  if (!knownClaim) {
    state.claims.set(claim.id, claim);
    state.bundle.claims.push(claim);
  }
  state.factChecks.set(factCheck.id, index);
  state.bundle.factChecks.push(factCheck);
  return null;
}

/** The annotations of any accepted shape, in order. */
function annotationsOf(value: unknown): unknown[] | { error: string } {
  if (Array.isArray(value)) return value;
  if (hasType(value, 'Annotation')) return [value];
  if (!isJsonObject(value)) return { error: 'This is not W3C Web Annotation data.' };
  if (hasType(value, 'AnnotationPage')) return pageItems(value);
  if (Array.isArray(value.items)) return value.items;
  if (typeof value.first === 'string') {
    return { error: `The collection's annotations are on a linked page (${value.first}), not in this file.` };
  }
  if (isJsonObject(value.first)) return pageItems(value.first);
  return { error: 'The annotation collection holds no annotations ("first" page or "items" missing).' };
}

/** Items of a page and of the embedded pages after it. */
function pageItems(first: Record<string, unknown>): unknown[] | { error: string } {
  const items: unknown[] = [];
  for (let page: unknown = first; page !== undefined; ) {
    if (typeof page === 'string')
      return { error: `The annotations continue on a linked page (${page}), not in this file.` };
    if (!isJsonObject(page)) return { error: 'An annotation page is not an object.' };
    for (const item of asList(page.items)) items.push(item);
    page = page.next ?? undefined;
  }
  return items;
}

function sameApartFromDates(a: ArticleRecord, b: ArticleRecord): boolean {
  return dequal({ ...a, createdAt: '', updatedAt: '' }, { ...b, createdAt: '', updatedAt: '' });
}

/** `a` with the earliest creation and latest update of the two copies. */
function widenDates(a: ArticleRecord, b: ArticleRecord): ArticleRecord {
  return {
    ...a,
    createdAt: Date.parse(b.createdAt) < Date.parse(a.createdAt) ? b.createdAt : a.createdAt,
    updatedAt: Date.parse(b.updatedAt) > Date.parse(a.updatedAt) ? b.updatedAt : a.updatedAt,
  };
}
