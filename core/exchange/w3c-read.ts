/**
 * Reads one W3C annotation into a fact-check with its claim and article. Needs a target with a
 * TextQuoteSelector (the claim's passage) and a source address; everything else has a default:
 * no TextPositionSelector gives the position 0–0 ("unknown": anchoring relies on the quote), and
 * without the Factmark extension the claim is a manual one, the article id is its URL (or what
 * `articleIdFor` makes of it), and the source titles are empty. The assembled records go
 * through the same schemas as any import, so limits and http(s)-only addresses hold here too.
 */
import * as v from 'valibot';
import type { ArticleRecord, ClaimRecord, FactCheckRecord } from '../model/fact-check';
import { siteOf } from '../model/site';
import { describeIssues } from './issues';
import type { JsonObject } from './json-shape';
import { asList, firstString, hasType, iriOf, isJsonObject } from './json-shape';
import { ArticleRecordSchema, ClaimRecordSchema, FactCheckRecordSchema } from './record-schemas';
import { readBodies } from './w3c-bodies';
import { factCheckIdFrom } from './w3c-ids';

/** Options for reading foreign annotations. */
export interface W3cReadOptions {
  /** Article id for an annotation without the Factmark extension; defaults to the URL itself. */
  articleIdFor?: (url: string) => string;
}

/** The records one annotation stands for. */
export interface AnnotationRecords {
  article: ArticleRecord;
  claim: ClaimRecord;
  factCheck: FactCheckRecord;
}

/** The records of `raw`, or why it cannot be imported. Never throws. */
export function readAnnotation(
  raw: unknown,
  options: W3cReadOptions = {},
): AnnotationRecords | { reason: string } {
  if (!hasType(raw, 'Annotation') || !isJsonObject(raw)) return { reason: 'it is not a W3C Annotation' };
  const annotationId = iriOf(raw);
  if (annotationId === undefined) return { reason: 'it has no id' };
  const factCheckId = factCheckIdFrom(annotationId);
  if (factCheckId === null) return { reason: `its id ${annotationId} is not correctly percent-encoded` };
  const target = asList(raw.target).find((item) => quoteSelectorOf(item) !== undefined);
  const quote = quoteSelectorOf(target);
  if (!isJsonObject(target) || quote === undefined) {
    return { reason: 'its target has no TextQuoteSelector, so there is no passage to attach it to' };
  }
  const url = iriOf(target.source);
  if (url === undefined) return { reason: 'its target has no source address' };
  const created = firstString(raw.created) ?? firstString(raw.modified);
  if (created === undefined) return { reason: 'it has no creation date' };
  const modified = firstString(raw.modified) ?? created;
  const bodies = readBodies(raw);
  if ('reason' in bodies) return bodies;

  const state = asList(target.state).find((item) => hasType(item, 'TimeState'));
  const sourceDate = (isJsonObject(state) ? firstString(state.sourceDate) : undefined) ?? created;
  const resource = isJsonObject(target.source) ? target.source : {};
  const article = validate(ArticleRecordSchema, 'article', {
    id: options.articleIdFor?.(url) ?? url,
    // Empty when the address does not parse: the article schema then says why.
    site: URL.canParse(url) ? siteOf(url) : '',
    title: firstString(resource.title) ?? '',
    siteName: null,
    lang: firstString(resource.language) ?? '',
    byline: null,
    publishedTime: null,
    fingerprint: '',
    createdAt: sourceDate,
    updatedAt: modified,
    ...extension(target['factmark:article']),
    url,
  });
  if ('reason' in article) return article;
  const position = asList(target.selector).find((item) => hasType(item, 'TextPositionSelector'));
  const claim = validate(ClaimRecordSchema, 'claim', {
    id: `claim:${factCheckId}`,
    text: quote.exact,
    origin: 'manual',
    score: null,
    createdAt: sourceDate,
    ...(isJsonObject(state) && typeof state['factmark:fingerprint'] === 'string'
      ? { checkedFingerprint: state['factmark:fingerprint'], checkedAt: sourceDate }
      : {}),
    ...extension(raw['factmark:claim']),
    articleId: article.id,
    quote: {
      type: 'TextQuoteSelector',
      exact: quote.exact,
      prefix: quote.prefix ?? '',
      suffix: quote.suffix ?? '',
    },
    position: isJsonObject(position)
      ? { type: 'TextPositionSelector', start: position.start, end: position.end }
      : { type: 'TextPositionSelector', start: 0, end: 0 },
  });
  if ('reason' in claim) return claim;
  const { verdict, note, tags, sources } = bodies;
  const author = creatorName(raw.creator);
  const factCheck = validate(FactCheckRecordSchema, 'fact-check', {
    id: factCheckId,
    claimId: claim.id,
    articleId: article.id,
    verdict,
    sources,
    note,
    tags,
    createdAt: created,
    updatedAt: modified,
    ...(author === undefined ? {} : { author }),
  });
  return 'reason' in factCheck ? factCheck : { article, claim, factCheck };
}

/** The name of an annotation's creator: its `name` (else `nickname`); a bare IRI names no one. */
function creatorName(creator: unknown): string | undefined {
  const first = asList(creator)[0];
  return isJsonObject(first) ? (firstString(first.name) ?? firstString(first.nickname)) : undefined;
}

function quoteSelectorOf(target: unknown): JsonObject | undefined {
  if (!isJsonObject(target)) return undefined;
  const selector = asList(target.selector).find((item) => hasType(item, 'TextQuoteSelector'));
  return isJsonObject(selector) ? selector : undefined;
}

/** The Factmark extension object, or nothing when absent or not an object. */
function extension(value: unknown): JsonObject {
  return isJsonObject(value) ? value : {};
}

function validate<T>(schema: v.GenericSchema<T>, what: string, value: unknown): T | { reason: string } {
  const result = v.safeParse(schema, value);
  return result.success
    ? result.output
    : { reason: `its ${what} is invalid: ${describeIssues(result.issues)}` };
}
