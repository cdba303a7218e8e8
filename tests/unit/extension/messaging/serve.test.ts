import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { BackgroundRequestSchema } from '../../../../core/messaging/protocol';
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
});
