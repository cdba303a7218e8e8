import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { FrameMessageSchema, isCardPageUrl } from '../../../../extension/messaging/card-protocol';

const fields = { verdict: 'false', sources: [], note: 'Note', tags: ['santé'] };
const accepts = (message: unknown) => v.safeParse(FrameMessageSchema, message).success;

describe('what the card frame may say', () => {
  test('each action the reader can take, with its fields', () => {
    expect(accepts({ type: 'call', id: 0, action: { kind: 'save', fields } })).toBe(true);
    expect(accepts({ type: 'call', id: 3, action: { kind: 'delete' } })).toBe(true);
    expect(
      accepts({ type: 'call', id: 4, action: { kind: 'resolveConflict', chosen: fields, seen: ['2-abc'] } }),
    ).toBe(true);
    // Without the versions the reader was shown, no choice can say which ones go.
    expect(accepts({ type: 'call', id: 4, action: { kind: 'resolveConflict', chosen: fields } })).toBe(false);
    expect(accepts({ type: 'closeAnswer', id: 1, closed: false })).toBe(true);
    expect(accepts({ type: 'navigate', direction: -1 })).toBe(true);
    expect(accepts({ type: 'closed' })).toBe(true);
    const cited = {
      ...fields,
      sources: [{ url: 'https://example.org/', title: 'Rapport', stance: 'supports' }],
    };
    expect(accepts({ type: 'call', id: 0, action: { kind: 'save', fields: cited } })).toBe(true);
  });

  test('nothing else: unknown kinds, extra or invalid fields, a link that is not http(s)', () => {
    expect(accepts({ type: 'call', id: 0, action: { kind: 'deleteAll' } })).toBe(false);
    expect(accepts({ type: 'call', id: -1, action: { kind: 'delete' } })).toBe(false);
    expect(accepts({ type: 'call', id: 0, action: { kind: 'delete', ids: ['a'] } })).toBe(false);
    expect(accepts({ type: 'navigate', direction: 5 })).toBe(false);
    expect(accepts({ type: 'closed', url: 'https://example.org/' })).toBe(false);
    const script = {
      ...fields,
      sources: [{ url: 'javascript:alert(1)', title: '', quote: '', stance: 'supports' }],
    };
    expect(accepts({ type: 'call', id: 0, action: { kind: 'save', fields: script } })).toBe(false);
  });
});

describe('isCardPageUrl', () => {
  test("an extension's card page, at a fixed or a per-session address", () => {
    expect(isCardPageUrl('chrome-extension://abcdefghijklmnop/card.html')).toBe(true);
    expect(isCardPageUrl('chrome-extension://0f6b1f2e-9c1d-4b8a-8f1e-123456789abc/card.html')).toBe(true);
    expect(isCardPageUrl('moz-extension://6d1f5a3e-2b8c-4c7e-9f0a-f4c7ad0e1b01/card.html')).toBe(true);
  });

  test('no other page, and no web page at the same path', () => {
    expect(isCardPageUrl('chrome-extension://abcdefghijklmnop/popup.html')).toBe(false);
    expect(isCardPageUrl('https://evil.example/card.html')).toBe(false);
    expect(isCardPageUrl('not a url')).toBe(false);
    expect(isCardPageUrl(undefined)).toBe(false);
  });
});
