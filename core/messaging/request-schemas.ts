/**
 * Schemas for what crosses the messaging boundary: the editable fields of a fact-check and the
 * draft a content script sends to create one. Built from the exchange format's record schemas,
 * so a request is held to exactly the limits an import is.
 */
import * as v from 'valibot';
import { boundedText, httpUrl, requiredText } from '../exchange/field-schemas';
import {
  MAX_NOTE_CHARS,
  MAX_QUOTE_CHARS,
  MAX_SHORT_TEXT_CHARS,
  MAX_SOURCES,
  MAX_TAG_CHARS,
  MAX_TAGS,
  MAX_TITLE_CHARS,
} from '../exchange/limits';
import {
  SourceSchema,
  TextPositionSelectorSchema,
  TextQuoteSelectorSchema,
} from '../exchange/record-schemas';
import { VERDICTS } from '../model/verdict';

/** Versions of one fact-check a reader can be shown side by side (far above any real desk's). */
const MAX_SEEN_VERSIONS = 100;

export const PageUrlSchema = httpUrl('page URL');

export const FactCheckFieldsSchema = v.strictObject({
  verdict: v.nullable(v.picklist(VERDICTS, `verdict must be one of ${VERDICTS.join(', ')}`)),
  sources: v.pipe(
    v.array(SourceSchema),
    v.maxLength(MAX_SOURCES, `a fact-check may cite at most ${MAX_SOURCES} sources`),
  ),
  note: boundedText(MAX_NOTE_CHARS, 'note'),
  tags: v.pipe(
    v.array(requiredText(MAX_TAG_CHARS, 'tag')),
    v.maxLength(MAX_TAGS, `a fact-check may have at most ${MAX_TAGS} tags`),
  ),
});

/**
 * The disagreeing versions a reader had in front of them when they kept one (their revisions):
 * only those go. A bound far above any desk's versions of one fact-check.
 */
export const SeenVersionsSchema = v.pipe(
  v.array(requiredText(MAX_SHORT_TEXT_CHARS, 'version')),
  v.maxLength(MAX_SEEN_VERSIONS, `at most ${MAX_SEEN_VERSIONS} versions`),
);

export const ArticleMetadataSchema = v.strictObject({
  url: httpUrl('article URL'),
  title: boundedText(MAX_TITLE_CHARS, 'title'),
  lang: boundedText(MAX_SHORT_TEXT_CHARS, 'language'),
  byline: v.nullable(boundedText(MAX_TITLE_CHARS, 'byline')),
  siteName: v.nullable(boundedText(MAX_TITLE_CHARS, 'site name')),
  publishedTime: v.nullable(boundedText(MAX_SHORT_TEXT_CHARS, 'published time')),
  fingerprint: boundedText(MAX_SHORT_TEXT_CHARS, 'fingerprint'),
});

/** A claim's text and its W3C selectors in the article as it reads now. */
export const ClaimTextSchema = v.strictObject({
  text: requiredText(MAX_QUOTE_CHARS, 'claim text'),
  quote: TextQuoteSelectorSchema,
  position: TextPositionSelectorSchema,
});

export const FactCheckDraftSchema = v.strictObject({
  ...FactCheckFieldsSchema.entries,
  article: ArticleMetadataSchema,
  claim: v.strictObject({
    ...ClaimTextSchema.entries,
    place: v.optional(v.literal('title')),
    origin: v.picklist(['detected', 'manual']),
    score: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  }),
});
