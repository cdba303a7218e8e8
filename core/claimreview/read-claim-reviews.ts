/**
 * Finds the ClaimReview objects a page publishes and reads each into a `PublishedReview`.
 *
 * JSON-LD: every `<script type="application/ld+json">`, whatever it holds — one object, an array,
 * a `@graph`, or reviews nested in other nodes (`mainEntity`, `review`, `hasPart`). A script that
 * is not valid JSON is skipped, never fatal. Microdata: elements with
 * `itemtype=".../ClaimReview"` and their `itemprop` descendants (the few properties read here).
 *
 * Values are untrusted page data: only strings and numbers are taken, text is trimmed and
 * bounded, URLs must be absolute http(s) (resolved against the page), dates are kept as written
 * when they start like an ISO 8601 date. A review without a `claimReviewed` is left out.
 * Types of the markup come from `schema-dts`.
 */
import type { ClaimReview, Organization, Person, Rating } from 'schema-dts';
import type { PublishedReview } from './published-review';
import { mapPublishedVerdict } from './verdict-mapping';

/** Longest claim text kept: far above Google's advised 75 characters, bounded against abuse. */
const MAX_TEXT = 2_000;
/** Most reviews read from one page: fact-check pages carry one to a few dozen. */
const MAX_REVIEWS = 200;
/** Deepest nesting followed in a JSON-LD document. */
const MAX_DEPTH = 12;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(node: Json, type: string): boolean {
  const types = node['@type'];
  const names = Array.isArray(types) ? types : [types];
  return names.some(
    (name) =>
      typeof name === 'string' && (name === type || name.endsWith(`/${type}`) || name === `schema:${type}`),
  );
}

/** Every ClaimReview node under `value` (arrays, @graph and nested nodes followed). */
function collect(value: unknown, found: Json[], depth = 0): void {
  if (depth > MAX_DEPTH || found.length >= MAX_REVIEWS) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, found, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  if (hasType(value, 'ClaimReview')) {
    found.push(value);
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (key !== '@context' && typeof child === 'object') collect(child, found, depth + 1);
  }
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function text(value: unknown): string | null {
  const item = first(value);
  const raw = isObject(item) ? (item['@value'] ?? item.name) : item;
  if (typeof raw !== 'string' && typeof raw !== 'number') return null;
  const trimmed = String(raw).replace(/\s+/gu, ' ').trim();
  return trimmed === '' ? null : trimmed.slice(0, MAX_TEXT);
}

function number(value: unknown): number | null {
  const item = first(value);
  if (typeof item === 'number') return Number.isFinite(item) ? item : null;
  if (typeof item !== 'string' || !/^\s*-?\d+(?:[.,]\d+)?\s*$/u.test(item)) return null;
  return Number(item.replace(',', '.'));
}

function absoluteUrl(value: unknown, base: string): string | null {
  const item = first(value);
  const raw = isObject(item) ? (item['@id'] ?? item.url) : item;
  if (typeof raw !== 'string') return null;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function date(value: unknown): string | null {
  const raw = text(value);
  return raw && /^\d{4}-\d{2}-\d{2}/u.test(raw) ? raw.slice(0, 40) : null;
}

/** The reviewer's name: an Organization or Person node, or a bare string. */
function authorName(value: unknown): string | null {
  const item = first(value) as Organization | Person | string | undefined;
  if (typeof item === 'string') return text(item);
  if (!isObject(item)) return null;
  return text((item as Json).name) ?? text((item as Json).alternateName);
}

/** Reads one ClaimReview node; null without a claim. */
export function readClaimReview(node: Json, pageUrl: string): PublishedReview | null {
  const review = node as Exclude<ClaimReview, string> & Json;
  const claimReviewed =
    text(review.claimReviewed) ??
    text(isObject(first(review.itemReviewed)) ? (first(review.itemReviewed) as Json).name : null);
  if (!claimReviewed) return null;
  const ratingNode = first(review.reviewRating);
  const rating = (isObject(ratingNode) ? ratingNode : {}) as Exclude<Rating, string> & Json;
  const fields = {
    ratingValue: number(rating.ratingValue),
    bestRating: number(rating.bestRating),
    worstRating: number(rating.worstRating),
    alternateName: text(rating.alternateName),
  };
  return {
    claimReviewed,
    author: authorName(review.author),
    url: absoluteUrl(review.url, pageUrl),
    datePublished: date(review.datePublished),
    ...fields,
    verdict: mapPublishedVerdict({ ...fields, name: text(rating.name) }),
  };
}

/** The ClaimReview nodes of the page's JSON-LD scripts. */
function jsonLdReviews(doc: Document): Json[] {
  const found: Json[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    try {
      collect(JSON.parse(script.textContent ?? ''), found);
    } catch {
      // A broken script says nothing; the page's other scripts may still hold reviews.
    }
  }
  return found;
}

/** The ClaimReview items of the page's microdata, as JSON-LD-shaped nodes. */
function microdataReviews(doc: Document): Json[] {
  const items = Array.from(doc.querySelectorAll('[itemscope][itemtype$="/ClaimReview" i]'));
  return items.slice(0, MAX_REVIEWS).map((item) => {
    const prop = (name: string, scope: Element = item): Element | null => {
      for (const element of Array.from(scope.querySelectorAll(`[itemprop~="${name}"]`))) {
        // The nearest item owns the property: skip those of nested items other than `scope`.
        if (element.parentElement?.closest('[itemscope]') === scope) return element;
      }
      return null;
    };
    const value = (element: Element | null): string | null =>
      element === null
        ? null
        : (element.getAttribute('content') ??
          element.getAttribute('href') ??
          element.getAttribute('datetime') ??
          element.textContent);
    const rating = prop('reviewRating');
    const author = prop('author');
    const inRating = (name: string) => (rating ? value(prop(name, rating)) : null);
    return {
      '@type': 'ClaimReview',
      claimReviewed: value(prop('claimReviewed')),
      url: value(prop('url')),
      datePublished: value(prop('datePublished')),
      author: author?.hasAttribute('itemscope') ? value(prop('name', author)) : value(author),
      reviewRating: {
        ratingValue: inRating('ratingValue'),
        bestRating: inRating('bestRating'),
        worstRating: inRating('worstRating'),
        alternateName: inRating('alternateName'),
        name: inRating('name'),
      },
    };
  });
}

/** Every ClaimReview the page publishes (JSON-LD, then microdata), in document order. */
export function readClaimReviews(doc: Document, pageUrl: string): PublishedReview[] {
  return [...jsonLdReviews(doc), ...microdataReviews(doc)]
    .slice(0, MAX_REVIEWS)
    .flatMap((node) => readClaimReview(node, pageUrl) ?? []);
}
