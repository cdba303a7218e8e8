import { describe, expect, expectTypeOf, test } from 'vitest';
import {
  type BackgroundRequest,
  BackgroundRequestSchema,
  type BackgroundResponses,
  ContentRequestSchema,
  EventSchema,
  parseMessage,
} from '../../../../core/messaging/protocol';
import { fakeDraft } from '../../factories';

describe('parseMessage', () => {
  test.each([
    { type: 'ping' },
    { type: 'getPageAnnotations', url: 'https://news.example/a' },
    { type: 'createFactCheck', draft: fakeDraft() },
    { type: 'updateFactCheck', id: 'f1', changes: { verdict: 'false' } },
    { type: 'deleteFactChecks', ids: ['f1', 'f2'] },
    { type: 'setAnchorStatuses', statuses: [{ claimId: 'c1', status: 'orphan' }] },
  ])('accepts $type', (message) => {
    expect(parseMessage(BackgroundRequestSchema, message)).toEqual({ ok: true, value: message });
  });

  test.each([
    [null, 'Invalid message'],
    [{ type: 'dropDatabase' }, 'Invalid message'],
    [{ type: 'ping', extra: 1 }, 'Invalid message'],
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
  ])('refuses %j with a readable invalid-request error', (message, expected) => {
    const result = parseMessage(BackgroundRequestSchema, message);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request');
      expect(result.error.message).toContain(expected);
    }
  });

  test('content requests and events have their own schemas', () => {
    expect(parseMessage(ContentRequestSchema, { type: 'scrollToPassage', start: 1, end: 4 }).ok).toBe(true);
    expect(parseMessage(ContentRequestSchema, { type: 'scrollToPassage', start: -1, end: 4 }).ok).toBe(false);
    expect(
      parseMessage(EventSchema, { type: 'annotationsChanged', articleUrls: ['https://a.example/'] }).ok,
    ).toBe(true);
    expect(parseMessage(EventSchema, { type: 'annotationsChanged', articleUrls: null }).ok).toBe(true);
    expect(
      parseMessage(EventSchema, { type: 'annotationsChanged', articleUrls: ['javascript:alert(1)'] }).ok,
    ).toBe(false);
    expect(parseMessage(EventSchema, { type: 'ping' }).ok).toBe(false);
  });
});

test('request and response types line up', () => {
  expectTypeOf<Extract<BackgroundRequest, { type: 'updateFactCheck' }>['changes']>().toHaveProperty(
    'verdict',
  );
  expectTypeOf<BackgroundResponses['ping']>().toEqualTypeOf<{ version: string }>();
  // @ts-expect-error an unknown request type is not a BackgroundRequest
  const unknown: BackgroundRequest = { type: 'dropDatabase' };
  expect(unknown).toBeDefined();
});
