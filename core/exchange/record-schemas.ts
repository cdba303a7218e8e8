/**
 * Valibot schemas for the records Factmark keeps (core/model/fact-check.ts). They guard every
 * way a record comes in: file imports here, and saved records sent over extension messaging.
 * Objects are strict (an unknown field is an error), every field has a size bound (limits.ts),
 * addresses are http(s) only, dates are ISO 8601, and verdicts come from the fixed scale. The
 * schemas produce fresh objects, so nothing from the input's prototype chain survives parsing.
 */
import * as v from 'valibot';
import type { ArticleVersionEntry } from '../model/article-version';
import type {
  DismissalRecord,
  ArticleRecord,
  ClaimRecord,
  FactCheckRecord,
  Source,
  TextPositionSelector,
  TextQuoteSelector,
} from '../model/fact-check';
import type { StoredPublishedReview } from '../model/claim-memory';
import { VERDICTS } from '../model/verdict';
import { PublishedReviewSchema } from '../messaging/published-review-schema';
import { MAX_ARTICLE_TEXT_CHARS } from '../versions/limits';
import { boundedText, httpUrl, IdSchema, requiredText, TimestampSchema } from './field-schemas';
import {
  MAX_AUTHOR_CHARS,
  MAX_HOST_CHARS,
  MAX_NOTE_CHARS,
  MAX_QUOTE_CHARS,
  MAX_QUOTE_CONTEXT_CHARS,
  MAX_SHORT_TEXT_CHARS,
  MAX_SOURCES,
  MAX_TAG_CHARS,
  MAX_TAGS,
  MAX_TEXT_POSITION,
  MAX_TITLE_CHARS,
} from './limits';

/** W3C TextQuoteSelector: a non-empty exact quote with bounded context. */
export const TextQuoteSelectorSchema: v.GenericSchema<TextQuoteSelector> = v.strictObject({
  type: v.literal('TextQuoteSelector'),
  exact: requiredText(MAX_QUOTE_CHARS, 'quote'),
  prefix: boundedText(MAX_QUOTE_CONTEXT_CHARS, 'quote prefix'),
  suffix: boundedText(MAX_QUOTE_CONTEXT_CHARS, 'quote suffix'),
});

const offset = v.pipe(
  v.number('text position must be a number'),
  v.integer('text position must be a whole number'),
  v.minValue(0, 'text position cannot be negative'),
  v.maxValue(MAX_TEXT_POSITION, `text position is beyond ${MAX_TEXT_POSITION}`),
);

/** W3C TextPositionSelector in code points; `end` is never before `start`. */
export const TextPositionSelectorSchema: v.GenericSchema<TextPositionSelector> = v.pipe(
  v.strictObject({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check((position) => position.end >= position.start, 'text position ends before it starts'),
);

/** A source cited by a fact-check. */
export const SourceSchema: v.GenericSchema<Source> = v.strictObject({
  url: httpUrl('source URL'),
  title: boundedText(MAX_TITLE_CHARS, 'source title'),
  quote: v.optional(boundedText(MAX_QUOTE_CHARS, 'source quote')),
  stance: v.picklist(
    ['supports', 'refutes', 'context'],
    'source stance must be supports, refutes or context',
  ),
});

/** An article the reader annotated. `publishedTime` is kept as the page states it. */
export const ArticleRecordSchema: v.GenericSchema<ArticleRecord> = v.strictObject({
  id: IdSchema,
  url: httpUrl('article URL'),
  site: boundedText(MAX_HOST_CHARS, 'site'),
  title: boundedText(MAX_TITLE_CHARS, 'title'),
  siteName: v.nullable(boundedText(MAX_TITLE_CHARS, 'site name')),
  lang: boundedText(MAX_SHORT_TEXT_CHARS, 'language'),
  byline: v.nullable(boundedText(MAX_TITLE_CHARS, 'byline')),
  publishedTime: v.nullable(boundedText(MAX_SHORT_TEXT_CHARS, 'published time')),
  fingerprint: boundedText(MAX_SHORT_TEXT_CHARS, 'fingerprint'),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

/** A claim anchored in an article. */
export const ClaimRecordSchema: v.GenericSchema<ClaimRecord> = v.strictObject({
  id: IdSchema,
  articleId: IdSchema,
  text: requiredText(MAX_QUOTE_CHARS, 'claim text'),
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema,
  place: v.optional(v.literal('title', 'claim place must be title when present')),
  origin: v.picklist(['detected', 'manual'], 'claim origin must be detected or manual'),
  score: v.nullable(
    v.pipe(
      v.number('score must be a number'),
      v.minValue(0, 'score must be between 0 and 1'),
      v.maxValue(1, 'score must be between 0 and 1'),
    ),
  ),
  createdAt: TimestampSchema,
  checkedFingerprint: v.optional(boundedText(MAX_SHORT_TEXT_CHARS, 'checked fingerprint')),
  checkedAt: v.optional(TimestampSchema),
});

/** The reader's fact-check of one claim. */
export const FactCheckRecordSchema: v.GenericSchema<FactCheckRecord> = v.strictObject({
  id: IdSchema,
  claimId: IdSchema,
  articleId: IdSchema,
  verdict: v.nullable(v.picklist(VERDICTS, `verdict must be one of ${VERDICTS.join(', ')}`)),
  sources: v.pipe(
    v.array(SourceSchema, 'sources must be a list'),
    v.maxLength(MAX_SOURCES, `a fact-check may cite at most ${MAX_SOURCES} sources`),
  ),
  note: boundedText(MAX_NOTE_CHARS, 'note'),
  tags: v.pipe(
    v.array(requiredText(MAX_TAG_CHARS, 'tag'), 'tags must be a list'),
    v.maxLength(MAX_TAGS, `a fact-check may have at most ${MAX_TAGS} tags`),
  ),
  author: v.optional(requiredText(MAX_AUTHOR_CHARS, 'author')),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

/** A sentence the reader marked "not worth checking" on an article. */
export const DismissalRecordSchema: v.GenericSchema<DismissalRecord> = v.strictObject({
  id: IdSchema,
  articleId: IdSchema,
  quote: TextQuoteSelectorSchema,
  createdAt: TimestampSchema,
});

/**
 * A published fact-check the reader saved (ClaimReview read off a page), as a Factmark file
 * carries it: the review within the bounds of the page reader, with where and when it was saved.
 */
export const PublishedReviewRecordSchema: v.GenericSchema<StoredPublishedReview> = v.strictObject({
  ...PublishedReviewSchema.entries,
  id: IdSchema,
  pageUrl: httpUrl('pageUrl'),
  savedAt: TimestampSchema,
});

/** An article version as a Factmark file carries it: its text in full, with its fingerprint. */
export const ArticleVersionEntrySchema: v.GenericSchema<ArticleVersionEntry> = v.strictObject({
  articleId: IdSchema,
  fingerprint: requiredText(MAX_SHORT_TEXT_CHARS, 'fingerprint'),
  checkedAt: TimestampSchema,
  text: v.pipe(
    requiredText(MAX_ARTICLE_TEXT_CHARS, 'version text'),
    v.check((text) => text.trim() !== '', 'version text is blank'),
  ),
});
