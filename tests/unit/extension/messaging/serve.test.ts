import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { BackgroundRequestSchema, OffscreenRequestSchema } from '../../../../core/messaging/protocol';
import { isExtensionContext } from '../../../../extension/messaging/sender';
import { serveRequests } from '../../../../extension/messaging/serve';

beforeEach(() => fakeBrowser.reset());

function listener(handle = vi.fn(async () => 'done')) {
  return {
    handle,
    listen: serveRequests(
      BackgroundRequestSchema,
      (type) => type === 'ping',
      handle,
      (error) => ({ code: 'storage-failed', message: String(error) }),
    ),
  };
}

describe('serveRequests', () => {
  test('answers a valid request from this extension', async () => {
    const { listen } = listener();
    expect(await listen({ type: 'ping' }, { id: fakeBrowser.runtime.id })).toEqual({
      ok: true,
      value: 'done',
    });
  });

  test('refuses a message from another extension or a web page before parsing it', async () => {
    const { listen, handle } = listener();
    expect(await listen({ type: 'ping' }, { id: 'someone-else' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(handle).not.toHaveBeenCalled();
  });

  test('leaves message types it does not serve to other listeners', () => {
    const { listen } = listener();
    expect(listen({ type: 'getPageState' }, { id: fakeBrowser.runtime.id })).toBeUndefined();
  });

  test('turns a thrown error into a readable reply', async () => {
    const { listen } = listener(
      vi.fn(async () => {
        throw new Error('disk full');
      }),
    );
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await listen({ type: 'ping' }, { id: fakeBrowser.runtime.id })).toEqual({
      ok: false,
      error: { code: 'storage-failed', message: 'Error: disk full' },
    });
  });

  test('a context that serves only the extension refuses its content scripts', async () => {
    const handle = vi.fn(async () => 'done');
    const listen = serveRequests(
      OffscreenRequestSchema,
      (type) => type === 'analyseHtml',
      handle,
      (error) => ({ code: 'analysis-failed', message: String(error) }),
      isExtensionContext,
    );
    const request = { type: 'analyseHtml', html: '<p>x</p>', url: 'https://news.example/' };
    const fromTab = { id: fakeBrowser.runtime.id, tab: { id: 7 } as Browser.tabs.Tab };
    expect(await listen(request, fromTab)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handle).not.toHaveBeenCalled();
    expect(await listen(request, { id: fakeBrowser.runtime.id })).toEqual({ ok: true, value: 'done' });
  });
});
