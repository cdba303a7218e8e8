import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { rejoin, rejoinWhenShownAgain } from '../../../../extension/content/page-shown-again';
import type { PageSession } from '../../../../extension/content/page-session';

/** The listeners added through the context, removed after each test as the context would. */
const added: (() => void)[] = [];
beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});
afterEach(() => {
  for (const remove of added.splice(0)) remove();
});

const ctx = {
  addEventListener: (target: EventTarget, type: string, listener: (event: Event) => void) => {
    target.addEventListener(type, listener);
    added.push(() => target.removeEventListener(type, listener));
  },
} as unknown as ContentScriptContext;

/**
 * An event as the browser makes it (a page's script cannot make one with `isTrusted`); the
 * test DOM's page-transition events carry no `persisted`, so it is set here too.
 */
function fromBrowser(type: string, fields: { persisted?: boolean } = {}): Event {
  const event = new Event(type);
  Object.defineProperty(event, 'isTrusted', { value: true });
  Object.defineProperty(event, 'persisted', { value: fields.persisted ?? false });
  return event;
}

/** The same event made by the page's own script. */
function forged(type: string, fields: { persisted?: boolean } = {}): Event {
  const event = new Event(type);
  Object.defineProperty(event, 'persisted', { value: fields.persisted ?? false });
  return event;
}

describe('a page the tab shows again', () => {
  test('restored from the back/forward cache or activated after prerendering, it rejoins', async () => {
    const asked = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: {} });
    const session = { reloadAnnotations: vi.fn(async () => {}) };
    rejoinWhenShownAgain(ctx, session as unknown as PageSession);
    window.dispatchEvent(fromBrowser('pageshow', { persisted: true }));
    document.dispatchEvent(fromBrowser('prerenderingchange'));
    expect(session.reloadAnnotations).toHaveBeenCalledTimes(2);
    expect(asked).toHaveBeenCalledWith({ type: 'ping' });
    expect(asked).toHaveBeenCalledTimes(2);
  });

  test("a first show, or the page's own forged events, change nothing", () => {
    const asked = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: {} });
    const session = { reloadAnnotations: vi.fn(async () => {}) };
    rejoinWhenShownAgain(ctx, session as unknown as PageSession);
    window.dispatchEvent(fromBrowser('pageshow'));
    window.dispatchEvent(forged('pageshow', { persisted: true }));
    document.dispatchEvent(forged('prerenderingchange'));
    expect(session.reloadAnnotations).not.toHaveBeenCalled();
    expect(asked).not.toHaveBeenCalled();
  });

  test('asked by the background (Firefox, a load ended), the page rejoins the same way', () => {
    const asked = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: {} });
    const session = { reloadAnnotations: vi.fn(async () => {}) };
    rejoin(session as unknown as PageSession);
    expect(asked).toHaveBeenCalledWith({ type: 'ping' });
    expect(session.reloadAnnotations).toHaveBeenCalledTimes(1);
  });
});
