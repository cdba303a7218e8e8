/**
 * Schemas for the record fields that cross the messaging boundary. Limits match what the
 * annotation card lets a reader type; a request over them is refused, never truncated.
 */
import * as v from 'valibot';
import { isHttpUrl } from '../model/http-url';
import { VERDICTS } from '../model/verdict';

export const MAX_TEXT = 20_000;
export const MAX_QUOTE = 5_000;
export const MAX_URL = 2_048;
export const MAX_SOURCES = 50;
export const MAX_TAGS = 50;
export const MAX_TAG_LENGTH = 64;

/** An http(s) URL; javascript:, data:, file: and every other scheme are refused. */
export const HttpUrlSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_URL, `URLs are limited to ${MAX_URL} characters`),
  v.check(isHttpUrl, 'Only http and https links can be saved'),
);

export const VerdictSchema = v.nullable(v.picklist(VERDICTS));

export const SourceSchema = v.strictObject({
  url: HttpUrlSchema,
  title: v.pipe(v.string(), v.maxLength(500)),
  quote: v.optional(v.pipe(v.string(), v.maxLength(MAX_QUOTE))),
  stance: v.picklist(['supports', 'refutes', 'context']),
});

export const FactCheckFieldsSchema = v.strictObject({
  verdict: VerdictSchema,
  sources: v.pipe(v.array(SourceSchema), v.maxLength(MAX_SOURCES)),
  note: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  tags: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_TAG_LENGTH))), v.maxLength(MAX_TAGS)),
});

export const TextQuoteSelectorSchema = v.strictObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_QUOTE)),
  prefix: v.pipe(v.string(), v.maxLength(200)),
  suffix: v.pipe(v.string(), v.maxLength(200)),
});

export const TextPositionSelectorSchema = v.strictObject({
  type: v.literal('TextPositionSelector'),
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

const nullableString = (max: number) => v.nullable(v.pipe(v.string(), v.maxLength(max)));

export const ArticleMetadataSchema = v.strictObject({
  url: HttpUrlSchema,
  title: v.pipe(v.string(), v.maxLength(1_000)),
  lang: v.pipe(v.string(), v.maxLength(35)),
  byline: nullableString(500),
  siteName: nullableString(500),
  publishedTime: nullableString(100),
  fingerprint: v.pipe(v.string(), v.maxLength(128)),
});

export const FactCheckDraftSchema = v.strictObject({
  ...FactCheckFieldsSchema.entries,
  article: ArticleMetadataSchema,
  claim: v.strictObject({
    text: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_QUOTE)),
    quote: TextQuoteSelectorSchema,
    position: TextPositionSelectorSchema,
    origin: v.picklist(['detected', 'manual']),
    score: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  }),
});
