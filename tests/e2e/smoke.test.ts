/**
 * Smoke test, in every browser: the extension's pages render, the background answers, and the
 * content script keeps its storage out of the pages it visits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BROWSERS } from './harness/browsers';
import type { ChromiumExtensionBrowser } from './harness/chromium';
import { databaseNames, sendRuntimeMessage, settleContentScript } from './harness/page-helpers';
import { BUILD_DIRS } from './harness/paths';
import { useExtensionBrowser } from './harness/setup';

const EXTENSION_PAGES = ['popup', 'sidepanel', 'review'] as const;

describe.each(BROWSERS)('smoke in %s', (name) => {
  const e2e = useExtensionBrowser(name);

  test.each(EXTENSION_PAGES)('%s.html renders into #app without console errors', async (page) => {
    const handle = await e2e.browser().openExtensionPage(`${page}.html`);
    try {
      await handle.waitForSelector(`#app [data-testid="${page}-root"]`);
      const appChildren = await handle.evaluate(() => document.querySelector('#app')?.childElementCount ?? 0);
      expect(appChildren).toBeGreaterThan(0);
      expect(await handle.consoleErrors()).toEqual([]);
    } finally {
      await handle.close();
    }
  });

  test('the built manifest exposes one file to web pages, the card, at no fixed address in Chrome', () => {
    const manifest = JSON.parse(readFileSync(join(BUILD_DIRS[name], 'manifest.json'), 'utf8'));
    // Firefox's address holds the profile's random id already (README, Permissions).
    expect(manifest.web_accessible_resources).toEqual(
      name === 'chromium'
        ? [{ resources: ['card.html'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }]
        : ['card.html'],
    );
    expect(manifest.content_scripts).toEqual([expect.not.objectContaining({ css: expect.anything() })]);
  });

  test('the background answers a ping with its version', async () => {
    const handle = await e2e.browser().openExtensionPage('popup.html');
    try {
      const reply = await sendRuntimeMessage(handle, { type: 'ping' });
      // An extension page hears of every write (it is told through storage.session).
      expect(reply).toEqual({ ok: true, value: { version: expect.any(String), hearsWrites: true } });
    } finally {
      await handle.close();
    }
  });

  test.runIf(name === 'chromium')(
    'the service worker listens to runtime.onStartup, so Chrome starts it with the browser',
    async () => {
      const { context } = e2e.browser() as ChromiumExtensionBrowser;
      const [worker] = context.serviceWorkers();
      // Chrome's own event objects have hasListeners(); the polyfill's types do not list it.
      type StartupEvent = { runtime: { onStartup: { hasListeners(): boolean } } };
      const listens = () =>
        (globalThis as unknown as { chrome: StartupEvent }).chrome.runtime.onStartup.hasListeners();
      expect(await worker?.evaluate(listens)).toBe(true);
    },
  );

  test('the content script creates no factmark database in the page origin', async () => {
    const handle = await e2e.browser().newPage(e2e.server().url('pages/plain.html'));
    try {
      await settleContentScript(handle);
      const names = await databaseNames(handle);
      expect(names.filter((db) => /factmark/i.test(db))).toEqual([]);
      expect(await handle.consoleErrors()).toEqual([]);
    } finally {
      await handle.close();
    }
  });
});
