import { describe, expect, test, vi } from 'vitest';

/** The requests the card sent to the background, answered as a saved fact-check. */
const sent: { type: string }[] = [];
vi.mock('../../../../extension/messaging/request', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  requestBackground: vi.fn(async (request: { type: string }) => {
    sent.push(request);
    const at = '2026-12-01T00:00:00.000Z';
    return { createdAt: at, updatedAt: at };
  }),
}));

/** The card's frame, as its port: what the card asks (`call`) and what the host answers. */
type Listener = (message: unknown) => void;
const frame = { listeners: [] as Listener[], posted: [] as unknown[] };
vi.mock('../../../../extension/content/card-frame-port', () => ({
  cardFrameConnection: () => ({
    port: Promise.resolve({
      postMessage: (message: unknown) => frame.posted.push(message),
      onMessage: { addListener: (listener: Listener) => frame.listeners.push(listener) },
      onDisconnect: { addListener: () => {} },
      disconnect: () => {},
    }),
    cancel: () => {},
  }),
}));
vi.mock('../../../../extension/content/own-ui', () => ({
  createOwnUi: async (_ctx: unknown, _name: string, options: { onMount(container: HTMLElement): void }) => ({
    shadowHost: document.createElement('div'),
    mount: () => options.onMount(document.createElement('div')),
    remove: () => {},
  }),
}));
vi.mock('../../../../extension/content/card-placement', () => ({
  claimReference: () => ({}),
  followClaim: () => () => {},
}));
vi.mock('../../../../extension/content/frame-moves', () => ({ watchMoves: () => () => {} }));

import { openCard } from '../../../../extension/content/card-host';

/** The card asks the host to act, and waits for its answer. */
async function call(id: number, action: unknown): Promise<void> {
  for (const listener of frame.listeners) listener({ type: 'call', id, action });
  await vi.waitFor(() => expect(frame.posted).toContainEqual(expect.objectContaining({ type: 'reply', id })));
}

describe('the card host', () => {
  test('a save after a version was kept compares with that version; each write is shown at once', async () => {
    const article = {
      url: 'https://news.example/a',
      title: 'T',
      lang: 'en',
      text: 'The claim is here.',
      segments: [],
    };
    const initial = { verdict: 'false' as const, sources: [], note: '', tags: [] };
    const written = vi.fn();
    await openCard(
      { addEventListener: () => {} } as never,
      article as never,
      {
        start: 0,
        end: 9,
        origin: 'detected',
        score: null,
        factCheckId: 'fc1',
        initial,
        dates: { createdAt: '2025-07-01T00:00:00.000Z', updatedAt: '2025-07-02T00:00:00.000Z' },
        conflicts: [],
      },
      () => article as never,
      written,
    );
    // The reader keeps a teammate's version (verdict true): stored, and shown in the card.
    await call(1, { kind: 'resolveConflict', chosen: { ...initial, verdict: 'true' }, seen: ['2-other'] });
    expect(written).toHaveBeenCalledTimes(1);
    // With what the card showed: the fact-check as it opened, and the version beside it.
    expect(sent.find((request) => request.type === 'resolveConflict')).toMatchObject({
      seen: { updatedAt: '2025-07-02T00:00:00.000Z', versions: ['2-other'] },
    });
    // Then goes back to the verdict the card opened on: that is a change, and it is sent.
    await call(2, { kind: 'save', fields: { ...initial, verdict: 'false' } });
    expect(sent.find((request) => request.type === 'updateFactCheck')).toMatchObject({
      changes: { verdict: 'false' },
    });
    // The page re-reads its fact-checks after the save, without waiting for its announcement.
    expect(written).toHaveBeenCalledTimes(2);
  });
});
