/**
 * The request/response protocol: every message type has a valid sample here (the mapped types
 * make a missing one a type error, and the schemas' own list is compared at run time), every
 * request type has exactly one response type, and bad messages are refused with a readable
 * reason.
 */
import type * as v from 'valibot';
import { describe, expect, expectTypeOf, test } from 'vitest';
import {
  type BackgroundRequest,
  BackgroundRequestSchema,
  type BackgroundResponses,
  type ContentRequest,
  ContentRequestSchema,
  type ContentResponses,
  EventSchema,
  type FactmarkEvent,
  type OffscreenRequest,
  OffscreenRequestSchema,
  type OffscreenResponses,
  parseMessage,
} from '../../../../core/messaging/protocol';
import { fakeDraft } from '../../factories';

type Samples<M extends { type: string }> = { [K in M['type']]: Extract<M, { type: K }> };

const draft = fakeDraft();
const { verdict, sources, note, tags } = draft;
const desk = { serverUrl: 'http://127.0.0.1:5984', desk: 'desk', name: 'ana', password: 'secret' };
const page = { html: '<p>Texte</p>', url: 'https://news.example/a', amount: 'fewer' as const };
const articleText = { url: 'https://news.example/a', text: 'Texte de l’article.' };

const background: Samples<BackgroundRequest> = {
  ping: { type: 'ping' },
  getPageAnnotations: { type: 'getPageAnnotations', url: 'https://news.example/a' },
  createFactCheck: { type: 'createFactCheck', draft, articleText: articleText.text },
  dismissClaim: { type: 'dismissClaim', draft: { article: draft.article, quote: draft.claim.quote } },
  undismissClaim: { type: 'undismissClaim', id: 'd1' },
  updateFactCheck: { type: 'updateFactCheck', id: 'f1', changes: { verdict: 'false' } },
  deleteFactChecks: { type: 'deleteFactChecks', ids: ['f1', 'f2'] },
  setAnchorStatuses: { type: 'setAnchorStatuses', statuses: [{ claimId: 'c1', status: 'orphan' }] },
  compareArticle: { type: 'compareArticle', ...articleText },
  dismissChangeNotice: {
    type: 'dismissChangeNotice',
    url: 'https://news.example/a',
    checkedFingerprint: 'a'.repeat(32),
    nowFingerprint: 'b'.repeat(32),
  },
  rebaseClaim: {
    type: 'rebaseClaim',
    claimId: 'c1',
    claim: { text: draft.claim.text, quote: draft.claim.quote, position: draft.claim.position },
    fingerprint: 'f'.repeat(32),
  },
  analysePage: { type: 'analysePage', ...page },
  findAlreadyChecked: {
    type: 'findAlreadyChecked',
    url: 'https://news.example/a',
    sentences: ['Une phrase.'],
  },
  savePublishedReviews: { type: 'savePublishedReviews', url: 'https://news.example/a', reviews: [] },
  openFactCheck: { type: 'openFactCheck', factCheckId: 'f1' },
  openReviewPage: { type: 'openReviewPage', query: 'verdict=false' },
  openReviewAt: { type: 'openReviewAt', factCheckId: 'f1' },
  connectDesk: { type: 'connectDesk', ...desk },
  testDeskConnection: { type: 'testDeskConnection', ...desk },
  disconnectDesk: { type: 'disconnectDesk' },
  getSyncStatus: { type: 'getSyncStatus' },
  syncNow: { type: 'syncNow' },
  resolveConflict: {
    type: 'resolveConflict',
    id: 'f1',
    chosen: { verdict, sources, note, tags },
    seen: { updatedAt: '2025-07-05T10:00:00.000Z', versions: ['2-abc'] },
  },
};

const content: Samples<ContentRequest> = {
  getPageState: { type: 'getPageState' },
  scrollToPassage: { type: 'scrollToPassage', start: 1, end: 4 },
  dismissSentence: { type: 'dismissSentence', text: 'Une phrase.' },
  showFactCheck: { type: 'showFactCheck', factCheckId: 'f1' },
  factCheckSelection: { type: 'factCheckSelection' },
  getPublishedReviews: { type: 'getPublishedReviews' },
  reuseEarlierCheck: { type: 'reuseEarlierCheck', start: 1, end: 4 },
  dismissChange: { type: 'dismissChange' },
  rejoin: { type: 'rejoin' },
};

const offscreen: Samples<OffscreenRequest> = { analyseHtml: { type: 'analyseHtml', ...page } };

const events: Samples<FactmarkEvent> = {
  annotationsChanged: { type: 'annotationsChanged', articleUrls: ['https://a.example/'] },
  pageStateChanged: { type: 'pageStateChanged', changed: true },
};

/** The message types a variant schema accepts, read from the schema itself. */
const typesOf = (schema: { options: readonly { entries: { type: v.LiteralSchema<string, undefined> } }[] }) =>
  schema.options.map((option) => option.entries.type.literal).sort();

describe.each([
  ['background', BackgroundRequestSchema, background],
  ['content', ContentRequestSchema, content],
  ['offscreen', OffscreenRequestSchema, offscreen],
  ['event', EventSchema, events],
] as const)('%s messages', (_, schema, samples) => {
  test('every type the schema accepts has a sample here, and no other', () => {
    expect(Object.keys(samples).sort()).toEqual(typesOf(schema));
  });

  test.each(Object.values(samples).map((message) => [message.type, message] as const))(
    'accepts a valid %s',
    (_type, message) => {
      expect(parseMessage(schema as v.GenericSchema, message)).toEqual({ ok: true, value: message });
    },
  );

  test.each(Object.values(samples).map((message) => [message.type, message] as const))(
    'refuses %s with an unknown field',
    (_type, message) => {
      const result = parseMessage(schema as v.GenericSchema, { ...message, extra: 1 });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    },
  );
});

describe('refusals say why', () => {
  test.each([
    [null, 'Invalid message'],
    [{ type: 'dropDatabase' }, 'Invalid message'],
    [{ type: 'getPageAnnotations', url: 'javascript:alert(1)' }, 'only http and https addresses are allowed'],
    [
      {
        type: 'createFactCheck',
        draft: fakeDraft({ sources: [{ url: 'data:text/html,x', title: '', stance: 'supports' }] }),
      },
      'at draft.sources.0.url: source URL "data:text/html,x" uses the data: scheme; only http and https addresses are allowed',
    ],
    [{ type: 'updateFactCheck', id: 'f1', changes: { verdict: 'pants-on-fire' } }, 'at changes.verdict'],
    [{ type: 'updateFactCheck', id: 'f1', changes: { note: 'x'.repeat(20_001) } }, 'at changes.note'],
    [{ type: 'connectDesk', ...desk, desk: 'Not A Name' }, 'Desk must be a CouchDB database name'],
  ])('refuses %j', (message, expected) => {
    const result = parseMessage(BackgroundRequestSchema, message);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request');
      expect(result.error.message).toContain(expected);
    }
  });

  test('offsets are whole and not negative; announced addresses are web addresses', () => {
    expect(parseMessage(ContentRequestSchema, { type: 'scrollToPassage', start: -1, end: 4 }).ok).toBe(false);
    expect(parseMessage(ContentRequestSchema, { type: 'scrollToPassage', start: 1.5, end: 4 }).ok).toBe(
      false,
    );
    expect(parseMessage(EventSchema, { type: 'annotationsChanged', articleUrls: null }).ok).toBe(true);
    expect(
      parseMessage(EventSchema, { type: 'annotationsChanged', articleUrls: ['javascript:alert(1)'] }).ok,
    ).toBe(false);
  });
});

test('each request type has exactly one response type', () => {
  expectTypeOf<keyof BackgroundResponses>().toEqualTypeOf<BackgroundRequest['type']>();
  expectTypeOf<keyof ContentResponses>().toEqualTypeOf<ContentRequest['type']>();
  expectTypeOf<keyof OffscreenResponses>().toEqualTypeOf<OffscreenRequest['type']>();
  expectTypeOf<BackgroundResponses['ping']>().toEqualTypeOf<{ version: string; hearsWrites: boolean }>();
  expectTypeOf<ContentResponses['dismissSentence']>().toEqualTypeOf<boolean>();
  expectTypeOf<Extract<BackgroundRequest, { type: 'updateFactCheck' }>['changes']>().toHaveProperty(
    'verdict',
  );
  expectTypeOf<{ type: 'dropDatabase' }>().not.toExtend<BackgroundRequest>();
});
