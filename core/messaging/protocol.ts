/**
 * The one request/response protocol between the content script, the extension pages and the
 * background. Each message is a plain object `{ type, ...fields }` validated on receipt with the
 * schemas below; each reply is a `Result` (no Error objects cross the boundary).
 *
 * - Background requests: sent by content scripts (which cannot open the database) and pages.
 * - Content requests: sent by extension pages to one tab's content script.
 * - Events: broadcasts, named in the past tense; nobody answers them.
 */
import * as v from 'valibot';
import type {
  PageAnnotations,
  RemovedRecords,
  SavedFactCheck,
  StoredFactCheck,
} from '../model/stored-records';
import { MAX_QUOTE_CHARS } from '../exchange/limits';
import { TextQuoteSelectorSchema } from '../exchange/record-schemas';
import type { DismissalRecord } from '../model/fact-check';
import {
  ArticleMetadataSchema,
  ClaimTextSchema,
  FactCheckDraftSchema,
  FactCheckFieldsSchema,
  SeenVersionsSchema,
  PageUrlSchema,
} from './request-schemas';
import type { PageState } from './page-state';
import type { HtmlAnalysis } from '../analysis/analyse-html';
import { IdSchema, TimestampSchema } from '../exchange/field-schemas';
import { DESK_NAME_PATTERN, type DeskCheck, type SyncStatus } from '../sync/sync-status';
import type { ArticleChangeNotice } from '../versions/compare';
import { MAX_ARTICLE_TEXT_CHARS } from '../versions/limits';
import type { PublishedReview } from '../claimreview/published-review';
import type { AlreadyChecked, StoredPublishedReview } from '../model/claim-memory';
import { PublishedReviewSchema } from './published-review-schema';

/**
 * Longest page analysed (UTF-16 units of serialised HTML). News pages weigh 0.1–2 MB; this bounds
 * a request far above them and stays inside Chrome's 64 MiB message limit even in the worst
 * encoding case (3 bytes of UTF-8 per unit: 48 MB).
 */
export const MAX_PAGE_HTML_CHARS = 16_000_000;

/** A desk to join or test: the server's address, the database, the member's name and password. */
const DeskSignInSchema = v.strictObject({
  serverUrl: v.pipe(v.string(), v.maxLength(2_048), v.url('Server URL must be a web address')),
  desk: v.pipe(
    v.string(),
    v.maxLength(238),
    v.regex(DESK_NAME_PATTERN, 'Desk must be a CouchDB database name'),
  ),
  name: v.pipe(v.string(), v.nonEmpty('Name is empty'), v.maxLength(256)),
  password: v.pipe(v.string(), v.maxLength(1_024)),
});

/** A page to analyse: its serialised HTML and the address it was loaded from. */
const PageHtmlSchema = v.strictObject({
  html: v.pipe(
    v.string(),
    v.maxLength(MAX_PAGE_HTML_CHARS, 'This page is too large for Factmark to analyse'),
  ),
  url: v.pipe(v.string(), v.maxLength(8_192)),
  /** How much to highlight (the reader's setting); `normal` when absent. */
  amount: v.optional(v.picklist(['fewer', 'normal', 'more'])),
});

/** An article's text as the page reads now (a version kept, or compared with the one kept). */
const ArticleTextFieldSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_ARTICLE_TEXT_CHARS, 'This article is too long to keep a version of'),
);

/** An article's text as the page reads now, and the page's normalised URL. */
const ArticleTextSchema = v.strictObject({ url: PageUrlSchema, text: ArticleTextFieldSchema });

/**
 * A save from a page may carry the article's text (`articleText`): it is kept as a version in the
 * save's own transaction (storage/writer.ts), once per text. A page sends it with its first save
 * of each text, and leaves it out when the text is too long to keep.
 */
const SavedOnText = { articleText: v.optional(ArticleTextFieldSchema) };

/** The `articleText` a save carries: the page's text, unless it is too long to keep. */
export function savedOnText(text: string): { articleText?: string } {
  return text.length <= MAX_ARTICLE_TEXT_CHARS ? { articleText: text } : {};
}

/** Most sentences one `findAlreadyChecked` asks about: long articles have a few hundred. */
export const MAX_SENTENCES = 2_000;
/** Longest sentence looked up; longer ones are not claims anyone rewords. */
export const MAX_SENTENCE_CHARS = 2_000;

/** A passage of the article: offsets into its text, or into its title with `place` `title`. */
const PassageSchema = v.strictObject({
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  place: v.optional(v.literal('title')),
});

export const BackgroundRequestSchema = v.variant('type', [
  /** Is the background awake and which version is it? */
  v.strictObject({ type: v.literal('ping') }),
  /** Everything saved on the page at this normalised URL. */
  v.strictObject({ type: v.literal('getPageAnnotations'), url: PageUrlSchema }),
  /** Creates a fact-check on a passage (and its claim and article records). */
  v.strictObject({ type: v.literal('createFactCheck'), draft: FactCheckDraftSchema, ...SavedOnText }),
  /** Marks a sentence of a page "not worth checking": it is not highlighted there again. */
  v.strictObject({
    type: v.literal('dismissClaim'),
    draft: v.strictObject({ article: ArticleMetadataSchema, quote: TextQuoteSelectorSchema }),
  }),
  /** Undoes a "not worth checking" mark. */
  v.strictObject({ type: v.literal('undismissClaim'), id: IdSchema }),
  /** Changes the verdict, sources, note or tags of a fact-check. */
  v.strictObject({
    type: v.literal('updateFactCheck'),
    id: IdSchema,
    changes: v.partial(FactCheckFieldsSchema),
    ...SavedOnText,
  }),
  /** Deletes fact-checks; answers with the removed records. */
  v.strictObject({
    type: v.literal('deleteFactChecks'),
    ids: v.pipe(v.array(IdSchema), v.maxLength(10_000)),
  }),
  /**
   * Records where each claim was found on this visit; a `changed` one with the text there now
   * (`now`), which the CSV, Markdown and ClaimReview exports show beside the text as checked.
   */
  v.strictObject({
    type: v.literal('setAnchorStatuses'),
    statuses: v.array(
      v.strictObject({
        claimId: IdSchema,
        status: v.picklist(['exact', 'fuzzy', 'changed', 'orphan']),
        now: v.optional(v.pipe(v.string(), v.maxLength(MAX_QUOTE_CHARS))),
      }),
    ),
  }),
  /** What changed in the article since the last version a fact-check was saved on (null: nothing). */
  v.strictObject({ type: v.literal('compareArticle'), ...ArticleTextSchema.entries }),
  /**
   * The reader dismissed the notice that the article at `url` changed from version
   * `checkedFingerprint` to the text `nowFingerprint`: it stays hidden on later visits until the
   * text changes again.
   */
  v.strictObject({
    type: v.literal('dismissChangeNotice'),
    url: PageUrlSchema,
    checkedFingerprint: v.pipe(v.string(), v.nonEmpty(), v.maxLength(128)),
    nowFingerprint: v.pipe(v.string(), v.nonEmpty(), v.maxLength(128)),
  }),
  /**
   * The reader confirms or revises a fact-check whose text changed: its claim now quotes the text
   * as it reads now (selectors made by the content script from the live article).
   */
  v.strictObject({
    type: v.literal('rebaseClaim'),
    claimId: IdSchema,
    claim: ClaimTextSchema,
    /** The fingerprint of the article text it now quotes. */
    fingerprint: v.pipe(v.string(), v.maxLength(128)),
    ...SavedOnText,
  }),
  /**
   * The article of a page and its check-worthy claims, from the page's serialised HTML. Parsed
   * and scored in the extension (where Readability, the sentence segmenter and the word model stay
   * warm from page to page), so the page's main thread only serialises and binds the result.
   */
  v.strictObject({ type: v.literal('analysePage'), ...PageHtmlSchema.entries }),
  /**
   * "Already checked": the earlier check matching each sentence of the page at `url` (claim
   * memory, storage/claim-memory-lookup.ts). A tab asks about its own page only (tab-scope.ts).
   */
  v.strictObject({
    type: v.literal('findAlreadyChecked'),
    url: PageUrlSchema,
    sentences: v.pipe(
      v.array(v.pipe(v.string(), v.maxLength(MAX_SENTENCE_CHARS))),
      v.maxLength(MAX_SENTENCES),
    ),
  }),
  /** Saves fact-checks published on the page at `url` (ClaimReview); extension pages only. */
  v.strictObject({
    type: v.literal('savePublishedReviews'),
    url: PageUrlSchema,
    reviews: v.pipe(v.array(PublishedReviewSchema), v.maxLength(200)),
  }),
  /** Opens the fact-check's article in a new tab and scrolls to its claim once placed. */
  v.strictObject({ type: v.literal('openFactCheck'), factCheckId: IdSchema }),
  /** Opens the review page, optionally on a filter (its URL query). */
  v.strictObject({
    type: v.literal('openReviewPage'),
    query: v.optional(v.pipe(v.string(), v.maxLength(2_000))),
  }),
  /**
   * Opens the review page on one fact-check (its site's list, the row focused): the one review
   * request a tab may send, from the card, for a fact-check of its own site.
   */
  v.strictObject({ type: v.literal('openReviewAt'), factCheckId: IdSchema }),
  /** Desk sync (extension pages only): signs in and joins the desk; the password is not kept. */
  v.strictObject({ type: v.literal('connectDesk'), ...DeskSignInSchema.entries }),
  /** Desk sync (extension pages only): checks the server, the sign-in and the desk, keeps nothing. */
  v.strictObject({ type: v.literal('testDeskConnection'), ...DeskSignInSchema.entries }),
  /** Desk sync (extension pages only): signs out and leaves the desk; local data stays. */
  v.strictObject({ type: v.literal('disconnectDesk') }),
  /** Desk sync (extension pages only): where sync stands. */
  v.strictObject({ type: v.literal('getSyncStatus') }),
  /** Desk sync (extension pages only): syncs now. */
  v.strictObject({ type: v.literal('syncNow') }),
  /** The reader picks one of the versions that disagree on a fact-check. */
  v.strictObject({
    type: v.literal('resolveConflict'),
    id: IdSchema,
    chosen: FactCheckFieldsSchema,
    /** What the reader was shown: the fact-check as it stood, and the versions beside it. */
    seen: v.strictObject({ updatedAt: TimestampSchema, versions: SeenVersionsSchema }),
  }),
]);

export type BackgroundRequest = v.InferOutput<typeof BackgroundRequestSchema>;

/** What each background request answers with. */
export interface BackgroundResponses {
  /** `hearsWrites`: whether the asking tab hears of writes now (messaging/tab-sites.ts). */
  ping: { version: string; hearsWrites: boolean };
  getPageAnnotations: PageAnnotations;
  createFactCheck: SavedFactCheck;
  updateFactCheck: StoredFactCheck;
  deleteFactChecks: RemovedRecords;
  setAnchorStatuses: null;
  dismissClaim: DismissalRecord;
  undismissClaim: null;
  compareArticle: ArticleChangeNotice | null;
  dismissChangeNotice: null;
  rebaseClaim: null;
  analysePage: HtmlAnalysis;
  /** Whether the claim was found and shown in the opened page. */
  openFactCheck: boolean;
  openReviewPage: null;
  openReviewAt: null;
  connectDesk: SyncStatus;
  /** What the check found: the views say it in the reader's language. */
  testDeskConnection: DeskCheck;
  disconnectDesk: SyncStatus;
  getSyncStatus: SyncStatus;
  syncNow: SyncStatus;
  resolveConflict: StoredFactCheck;
  findAlreadyChecked: AlreadyChecked[];
  savePublishedReviews: StoredPublishedReview[];
}

/**
 * Requests the Chrome background forwards to its offscreen document (a service worker has no DOM
 * parser). Only the offscreen document answers them.
 */
export const OffscreenRequestSchema = v.variant('type', [
  /** `analysePage`, run where a DOM parser is. */
  v.strictObject({ type: v.literal('analyseHtml'), ...PageHtmlSchema.entries }),
]);

export type OffscreenRequest = v.InferOutput<typeof OffscreenRequestSchema>;

export interface OffscreenResponses {
  analyseHtml: HtmlAnalysis;
}

export const ContentRequestSchema = v.variant('type', [
  /** The page's article, claims and annotations as the content script sees them now. */
  v.strictObject({ type: v.literal('getPageState') }),
  /** Scrolls to a passage of the article's text (or title) and selects it. */
  v.strictObject({ type: v.literal('scrollToPassage'), ...PassageSchema.entries }),
  /** Marks a highlighted sentence "not worth checking"; false when the page highlights no such sentence. */
  v.strictObject({
    type: v.literal('dismissSentence'),
    text: v.pipe(v.string(), v.maxLength(MAX_QUOTE_CHARS)),
  }),
  /** Scrolls to a saved fact-check's claim; false while the page is not analysed or it is not found. */
  v.strictObject({ type: v.literal('showFactCheck'), factCheckId: IdSchema }),
  /** Opens the annotation card on the current text selection (context menu, shortcut). */
  v.strictObject({ type: v.literal('factCheckSelection') }),
  /** The fact-checks the page publishes in ClaimReview markup. */
  v.strictObject({ type: v.literal('getPublishedReviews') }),
  /** Saves an "already checked" passage's earlier verdict and sources as a fact-check of this page. */
  v.strictObject({ type: v.literal('reuseEarlierCheck'), ...PassageSchema.entries }),
  /**
   * The reader dismissed the notice that the article changed since they checked it: kept with the
   * version compared with, so it stays dismissed until the text changes again. False when the
   * page shows no such notice.
   */
  v.strictObject({ type: v.literal('dismissChange') }),
  /**
   * Firefox: the tab finished loading a page. The background forgot the tab's page when the load
   * started (messaging/tab-sites.ts), so it asks the page the tab now shows to say it is here and
   * to read its fact-checks again, since it missed what was announced meanwhile. Carries nothing.
   */
  v.strictObject({ type: v.literal('rejoin') }),
]);

export type ContentRequest = v.InferOutput<typeof ContentRequestSchema>;

export interface ContentResponses {
  getPageState: PageState;
  scrollToPassage: boolean;
  showFactCheck: boolean;
  factCheckSelection: boolean;
  dismissSentence: boolean;
  getPublishedReviews: PublishedReview[];
  /** False when the passage is no longer "already checked" on the page. */
  reuseEarlierCheck: boolean;
  dismissChange: boolean;
  rejoin: null;
}

/** Most article URLs one `annotationsChanged` names; a larger change names none (null: any). */
export const MAX_ANNOUNCED_URLS = 200;

export const EventSchema = v.variant('type', [
  /** Fact-checks of these articles changed (null: of any article, e.g. a large import). */
  v.strictObject({
    type: v.literal('annotationsChanged'),
    articleUrls: v.nullable(v.pipe(v.array(PageUrlSchema), v.maxLength(MAX_ANNOUNCED_URLS))),
  }),
  /**
   * A content script's page state changed (sent by that tab); `changed`: its article changed since
   * the reader checked it, notice not dismissed (page-state.ts `changeToShow`).
   */
  v.strictObject({ type: v.literal('pageStateChanged'), changed: v.boolean() }),
]);

export type FactmarkEvent = v.InferOutput<typeof EventSchema>;

export type ErrorCode =
  | 'invalid-request'
  | 'forbidden-sender'
  | 'not-found'
  | 'storage-failed'
  /** The disk or the browser's quota is full: nothing was written. */
  | 'storage-full'
  | 'analysis-failed'
  /** A fact-check's versions changed since the reader was shown them: nothing was written. */
  | 'changed-meanwhile'
  | 'unavailable';

export interface ProtocolError {
  code: ErrorCode;
  /** Readable by the user (English); the UI may translate by `code`. */
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ProtocolError };

/** Validates an incoming message; a readable error lists the first problem found. */
export function parseMessage<TSchema extends v.GenericSchema>(
  schema: TSchema,
  message: unknown,
): Result<v.InferOutput<TSchema>> {
  const parsed = v.safeParse(schema, message);
  if (parsed.success) return { ok: true, value: parsed.output };
  const [issue] = parsed.issues;
  const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
  return {
    ok: false,
    error: {
      code: 'invalid-request',
      message: `Invalid message${path ? ` at ${path}` : ''}: ${issue.message}`,
    },
  };
}
